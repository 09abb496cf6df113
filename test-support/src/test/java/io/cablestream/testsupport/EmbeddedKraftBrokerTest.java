package io.cablestream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Lifecycle of the in-JVM broker: what closing it releases. */
class EmbeddedKraftBrokerTest {

    @Test
    void closeFreesThePortAndDeletesTheLogDirectory() throws Exception {
        EmbeddedKraftBroker broker = EmbeddedKraftBroker.launch();
        String bootstrap = broker.bootstrapServers();
        Path logDir = broker.logDir();
        assertThat(bootstrap).startsWith("127.0.0.1:");
        assertThat(logDir).isNotEmptyDirectory();

        broker.close();

        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
        assertThat(logDir).doesNotExist();
    }
}
