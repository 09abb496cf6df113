package io.cablestream.ingest.messaging;

import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.EventTracing;
import io.cablestream.contract.topic.Topic;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Sends every record ingest writes inside its own publish span (a child of the HTTP request being
 * served; the root of a new trace for cables from the inbox), with the contract's headers, the import
 * ID and the span's {@code traceparent}, where each cable's trace through the pipeline begins.
 */
@ApplicationScoped
public class TracedSender {

    static final String SERVICE = "ingest-service";

    private final EventTracing tracing;

    TracedSender(OpenTelemetry openTelemetry) {
        this.tracing = new EventTracing(openTelemetry, SERVICE);
    }

    /** Sends {@code value} to {@code topic} through {@code producer}; the future completes on acknowledgement. */
    <V> Future<RecordMetadata> send(KafkaProducer<String, byte[]> producer, Topic<V> topic, String key, V value,
            String importId) {
        return tracing.publish(topic, key, trace -> producer.send(new ProducerRecord<>(topic.name(), null, key,
                topic.encode(value), EventHeaders.of(topic, key, SERVICE, trace, importId))));
    }
}
