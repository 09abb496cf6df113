package io.cablestream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.stage.KafkaSecurity;
import io.cablestream.contract.topic.Topics;
import java.util.List;
import java.util.Map;
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
        SecuredClients.assertRoundTrip(broker, "secure-test", environmentFor("s3cret-pw"), "09SECURE1");
    }

    @Test
    void clientsWithAWrongPasswordAreRefused() {
        SecuredClients.assertSendFails(broker, "intruder", environmentFor("wrong-pw"), 5_000)
                .hasMessageContaining("Authentication failed");
    }

    private static Map<String, String> environmentFor(String password) {
        return KafkaSecurity.fromEnvironment(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", JAAS.formatted(password)));
    }
}
