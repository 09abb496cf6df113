package io.cablestream.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A Kafka broker running inside the test JVM: one KRaft node acting as broker and controller,
 * on free loopback ports, with its log directory in a temporary folder deleted on close, or on
 * JVM exit ({@code System.exit}, SIGTERM) when nobody closed it.
 */
final class EmbeddedKraftBroker extends KafkaBroker {

    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    /** A SCRAM-SHA-512 user the client listener requires. */
    record ScramUser(String name, String password) {
    }

    /** What the client listener requires: SCRAM as {@code user}, over TLS with {@code tls} when it is not {@code null}. */
    record ClientSecurity(ScramUser user, TlsMaterial tls) {
    }

    private static final String CLIENT_LISTENER = "CLIENT";
    private static final String INTERNAL_LISTENER = "INTERNAL";

    private final KafkaRaftServer server;
    private final Path logDir;
    private final String bootstrapServers;
    private final String internalBootstrapServers;
    private final Thread stopOnExit = new Thread(this::stop, "kafka-broker-stop-on-exit");

    private EmbeddedKraftBroker(KafkaRaftServer server, Path logDir, String bootstrapServers,
            String internalBootstrapServers) {
        this.server = server;
        this.logDir = logDir;
        this.bootstrapServers = bootstrapServers;
        this.internalBootstrapServers = internalBootstrapServers;
    }

    static EmbeddedKraftBroker launch() {
        return launch(null);
    }

    /** Starts a broker; with {@code security}, its client listener requires SASL/SCRAM (over TLS when given). */
    static EmbeddedKraftBroker launch(ClientSecurity security) {
        ScramUser scramUser = security == null ? null : security.user();
        Path logDir = createLogDir();
        KafkaRaftServer server = null;
        try {
            int brokerPort = freePort();
            int controllerPort = freePort();
            int clientPort = scramUser == null ? brokerPort : freePort();
            format(logDir, scramUser);
            var config = config(logDir, brokerPort, controllerPort);
            if (scramUser != null) {
                requireScramOnClientListener(config, brokerPort, clientPort, security.tls());
            }
            server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
            server.startup();
            EmbeddedKraftBroker broker = new EmbeddedKraftBroker(server, logDir, HOST + ":" + clientPort,
                    HOST + ":" + brokerPort);
            Runtime.getRuntime().addShutdownHook(broker.stopOnExit);
            return broker;
        } catch (Exception e) {
            if (server != null) {
                server.shutdown();
                server.awaitShutdown();
            }
            delete(logDir);
            throw new IllegalStateException("cannot start the in-JVM Kafka broker: " + e.getMessage(), e);
        }
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    String adminBootstrapServers() {
        return internalBootstrapServers;
    }

    /** The broker's data directory; gone once the broker is closed. */
    Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
        stop();
    }

    private void stop() {
        server.shutdown();
        server.awaitShutdown();
        delete(logDir);
    }

    private static Map<String, String> config(Path logDir, int brokerPort, int controllerPort) {
        Map<String, String> config = new HashMap<>(SETTINGS);
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("log.dirs", logDir.toString());
        return config;
    }

    /** Moves clients to a SASL_PLAINTEXT (or, with {@code tls}, SASL_SSL) listener; brokers and this class keep a plaintext one. */
    private static void requireScramOnClientListener(Map<String, String> config, int brokerPort, int clientPort,
            TlsMaterial tls) {
        String controller = config.get("listeners").substring(config.get("listeners").indexOf(CONTROLLER_LISTENER));
        config.put("listeners", INTERNAL_LISTENER + "://" + HOST + ":" + brokerPort + "," + CLIENT_LISTENER + "://"
                + HOST + ":" + clientPort + "," + controller);
        config.put("advertised.listeners", INTERNAL_LISTENER + "://" + HOST + ":" + brokerPort + ","
                + CLIENT_LISTENER + "://" + HOST + ":" + clientPort);
        config.put("listener.security.protocol.map", INTERNAL_LISTENER + ":PLAINTEXT," + CLIENT_LISTENER
                + (tls == null ? ":SASL_PLAINTEXT," : ":SASL_SSL,") + CONTROLLER_LISTENER + ":PLAINTEXT");
        if (tls != null) {
            config.put("listener.name.client.ssl.keystore.type", TlsMaterial.STORE_TYPE);
            config.put("listener.name.client.ssl.keystore.location", tls.keystore().toString());
            config.put("listener.name.client.ssl.keystore.password", tls.password());
            config.put("listener.name.client.ssl.key.password", tls.password());
        }
        config.put("inter.broker.listener.name", INTERNAL_LISTENER);
        config.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
        config.put("listener.name.client.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    }

    private static void format(Path logDir, ScramUser scramUser) throws Exception {
        new Formatter()
                .setScramArguments(scramUser == null ? List.of() : List.of("SCRAM-SHA-512=[name=" + scramUser.name()
                        + ",password=" + scramUser.password() + "]"))
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toString()))
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.latestProduction())
                .run();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static Path createLogDir() {
        try {
            return Files.createTempDirectory("cablestream-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a log directory for the in-JVM Kafka broker", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the Kafka log directory " + dir, e);
        }
    }
}
