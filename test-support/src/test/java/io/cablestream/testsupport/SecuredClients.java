package io.cablestream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.NetworkClient;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.assertj.core.api.AbstractThrowableAssert;

/** What the security tests do with the services' own Kafka clients: round-trip a record, or fail to send one. */
final class SecuredClients {

    private SecuredClients() {
    }

    /** Produces a record keyed {@code key} on the raw topic and consumes it back, both with {@code settings}. */
    static void assertRoundTrip(KafkaBroker broker, String clientId, Map<String, String> settings, String key)
            throws Exception {
        try (var producer = KafkaClients.producer(broker.bootstrapServers(), clientId, settings)) {
            producer.send(new ProducerRecord<>(Topics.RAW.name(), key, "{}".getBytes(StandardCharsets.UTF_8))).get();
        }
        try (var consumer = KafkaClients.consumer(broker.bootstrapServers(), clientId, clientId, settings)) {
            consumer.subscribe(List.of(Topics.RAW.name()));
            var keys = new ArrayList<String>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (keys.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
            }
            assertThat(keys).containsExactly(key);
        }
    }

    /**
     * Asserts that a send with {@code settings} fails within {@code maxBlockMs}; returns the failure to check further.
     * The client's network layer logs the refusal as an error, which here is the expected outcome: it is not logged.
     */
    static AbstractThrowableAssert<?, ? extends Throwable> assertSendFails(KafkaBroker broker, String clientId,
            Map<String, String> settings, int maxBlockMs) {
        var limited = new HashMap<>(settings);
        limited.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(maxBlockMs));
        Logger network = Logger.getLogger(NetworkClient.class.getName());
        Level level = network.getLevel();
        network.setLevel(Level.OFF);
        try (var producer = KafkaClients.producer(broker.bootstrapServers(), clientId, limited)) {
            return assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.RAW.name(), "x",
                    "{}".getBytes(StandardCharsets.UTF_8))).get())
                    .isInstanceOf(ExecutionException.class);
        } finally {
            network.setLevel(level);
        }
    }
}
