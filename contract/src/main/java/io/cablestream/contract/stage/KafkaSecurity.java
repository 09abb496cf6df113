package io.cablestream.contract.stage;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kafka client security settings taken from the environment, so every service can talk to a broker
 * that requires TLS and/or SASL without code or per-service configuration: each variable
 * {@code KAFKA_<NAME>} whose Kafka name starts with {@code security.}, {@code sasl.} or {@code ssl.}
 * becomes the client setting {@code <name>} with underscores turned into dots, e.g.
 * {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL}, {@code KAFKA_SASL_MECHANISM=SCRAM-SHA-512},
 * {@code KAFKA_SASL_JAAS_CONFIG=...}, {@code KAFKA_SSL_TRUSTSTORE_LOCATION=/etc/kafka/ca.p12}.
 * Other {@code KAFKA_*} variables (e.g. {@code KAFKA_HEAP_OPTS}) are ignored.
 */
public final class KafkaSecurity {

    private static final String PREFIX = "KAFKA_";

    private KafkaSecurity() {
    }

    /** The security settings named by {@code environment} (normally {@link System#getenv()}). */
    public static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> settings = new TreeMap<>();
        environment.forEach((variable, value) -> {
            if (variable.startsWith(PREFIX) && !value.isBlank()) {
                String name = variable.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                if (name.startsWith("security.") || name.startsWith("sasl.") || name.startsWith("ssl.")) {
                    settings.put(name, value);
                }
            }
        });
        return settings;
    }
}
