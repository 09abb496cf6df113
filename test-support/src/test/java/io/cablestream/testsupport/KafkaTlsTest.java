package io.cablestream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.stage.KafkaSecurity;
import io.cablestream.contract.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services' Kafka clients, configured only through {@code KAFKA_*} variables, against a broker requiring TLS and SCRAM. */
class KafkaTlsTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"cablestream\" password=\"tls-pw\";";

    @TempDir
    static Path stores;
    static TlsMaterial tls;
    static KafkaBroker broker;

    @BeforeAll
    static void startBrokerRequiringTls() {
        tls = TlsMaterial.generate(stores);
        broker = KafkaBroker.startRequiringTlsAndScram("cablestream", "tls-pw", tls);
        broker.createTopics(List.of(Topics.RAW.name()), 1);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void clientsConfiguredThroughTheEnvironmentRoundTripARecordOverTls() throws Exception {
        var settings = KafkaSecurity.fromEnvironment(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", JAAS,
                "KAFKA_SSL_TRUSTSTORE_LOCATION", tls.truststore().toString(),
                "KAFKA_SSL_TRUSTSTORE_PASSWORD", tls.password(),
                "KAFKA_SSL_TRUSTSTORE_TYPE", TlsMaterial.STORE_TYPE));
        try (var producer = KafkaClients.producer(broker.bootstrapServers(), "tls-test", settings)) {
            producer.send(new ProducerRecord<>(Topics.RAW.name(), "09TLS1", "{}".getBytes(StandardCharsets.UTF_8))).get();
        }
        try (var consumer = KafkaClients.consumer(broker.bootstrapServers(), "tls-test", "tls-test", settings)) {
            consumer.subscribe(List.of(Topics.RAW.name()));
            var keys = new ArrayList<String>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (keys.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
            }
            assertThat(keys).containsExactly("09TLS1");
        }
    }

    @Test
    void aClientThatDoesNotTrustTheBrokersCertificateIsToldTheHandshakeFailed() {
        var settings = new HashMap<>(KafkaSecurity.fromEnvironment(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", JAAS)));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        try (var producer = KafkaClients.producer(broker.bootstrapServers(), "untrusting", settings)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.RAW.name(), "x",
                    "{}".getBytes(StandardCharsets.UTF_8))).get())
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SslAuthenticationException.class)
                    .hasMessageContaining("SSL handshake failed");
        }
    }

    @Test
    void aClientWithoutTlsSettingsGetsNoRecordThrough() {
        var settings = new HashMap<>(KafkaSecurity.fromEnvironment(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", JAAS)));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        try (var producer = KafkaClients.producer(broker.bootstrapServers(), "plaintext", settings)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.RAW.name(), "x",
                    "{}".getBytes(StandardCharsets.UTF_8))).get())
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TimeoutException.class);
        }
    }
}
