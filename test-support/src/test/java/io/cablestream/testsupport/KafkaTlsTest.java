package io.cablestream.testsupport;

import io.cablestream.contract.stage.KafkaSecurity;
import io.cablestream.contract.topic.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        SecuredClients.assertRoundTrip(broker, "tls-test", KafkaSecurity.fromEnvironment(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", JAAS,
                "KAFKA_SSL_TRUSTSTORE_LOCATION", tls.truststore().toString(),
                "KAFKA_SSL_TRUSTSTORE_PASSWORD", tls.password(),
                "KAFKA_SSL_TRUSTSTORE_TYPE", TlsMaterial.STORE_TYPE)), "09TLS1");
    }

    @Test
    void aClientThatDoesNotTrustTheBrokersCertificateIsToldTheHandshakeFailed() {
        SecuredClients.assertSendFails(broker, "untrusting", scramWithoutTlsSettings("SASL_SSL"), 10_000)
                .hasCauseInstanceOf(SslAuthenticationException.class)
                .hasMessageContaining("SSL handshake failed");
    }

    @Test
    void aClientWithoutTlsSettingsGetsNoRecordThrough() {
        SecuredClients.assertSendFails(broker, "plaintext", scramWithoutTlsSettings("SASL_PLAINTEXT"), 5_000)
                .hasCauseInstanceOf(TimeoutException.class);
    }

    private static Map<String, String> scramWithoutTlsSettings(String protocol) {
        return KafkaSecurity.fromEnvironment(Map.of(
                "KAFKA_SECURITY_PROTOCOL", protocol,
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", JAAS));
    }
}
