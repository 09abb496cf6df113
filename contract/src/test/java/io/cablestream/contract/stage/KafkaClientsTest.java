package io.cablestream.contract.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client settings every service shares: compression off unless the environment turns it on. */
class KafkaClientsTest {

    @Test
    void recordsAreNotCompressedByDefault() {
        assertThat(KafkaClients.compressionType(Map.of())).isEqualTo("none");
        assertThat(KafkaClients.compressionType(Map.of(KafkaClients.COMPRESSION_VARIABLE, " "))).isEqualTo("none");
    }

    @Test
    void theEnvironmentChoosesACodec() {
        assertThat(KafkaClients.compressionType(Map.of(KafkaClients.COMPRESSION_VARIABLE, " LZ4 "))).isEqualTo("lz4");
    }
}
