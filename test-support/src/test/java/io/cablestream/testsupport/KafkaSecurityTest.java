package io.cablestream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.stage.KafkaSecurity;
import io.cablestream.contract.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The services' Kafka clients, configured only through {@code KAFKA_*} variables, against a broker requiring SCRAM. */
class KafkaSecurityTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"cablestream\" password=\"%s\";";

    static KafkaBroker broker;

    @BeforeAll
    static void startBrokerRequiringScram() {
        broker = KafkaBroker.startRequiringScram("cablestream", "s3cret-pw");
        broker.createTopics(List.of(Topics.RAW.name()), 1);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void onlySecuritySettingsAreTakenFromTheEnvironment() {
        var settings = KafkaSecurity.fromEnvironment(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/ca.p12",
                "KAFKA_HEAP_OPTS", "-Xmx1g",
                "KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092",
                "HOME", "/root"));

        assertThat(settings).containsOnly(
                Map.entry("security.protocol", "SASL_SSL"),
                Map.entry("ssl.truststore.location", "/etc/kafka/ca.p12"));
    }

    @Test
    void clientsWithTheRightCredentialsProduceAndConsume() throws Exception {
        var settings = environmentFor("s3cret-pw");
        try (var producer = KafkaClients.producer(broker.bootstrapServers(), "secure-test", settings)) {
            producer.send(new ProducerRecord<>(Topics.RAW.name(), "09SECURE1",
                    "{}".getBytes(StandardCharsets.UTF_8))).get();
        }
        try (var consumer = KafkaClients.consumer(broker.bootstrapServers(), "secure-test", "secure-test", settings)) {
            consumer.subscribe(List.of(Topics.RAW.name()));
            var keys = new ArrayList<String>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (keys.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
            }
            assertThat(keys).containsExactly("09SECURE1");
        }
    }

    @Test
    void clientsWithAWrongPasswordAreRefused() {
        var settings = new HashMap<>(environmentFor("wrong-pw"));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        try (var producer = KafkaClients.producer(broker.bootstrapServers(), "intruder", settings)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.RAW.name(), "x",
                    "{}".getBytes(StandardCharsets.UTF_8))).get())
                    .isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("Authentication failed");
        }
    }

    private static Map<String, String> environmentFor(String password) {
        return KafkaSecurity.fromEnvironment(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", JAAS.formatted(password)));
    }
}
