package io.cablestream.ingest.messaging;

import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.topic.Topics;
import io.cablestream.ingest.config.IngestConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes accepted cables to {@code cables.raw.v1} (key = reference ID) with an idempotent,
 * {@code acks=all} producer, and returns only once the broker acknowledged the record.
 */
@ApplicationScoped
public class RawCablePublisher {

    private final KafkaProducer<String, byte[]> producer;
    private final Duration ackTimeout;

    RawCablePublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, IngestConfig config) {
        var settings = new HashMap<>(config.kafkaOverrides());
        settings.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(config.ackTimeout().toMillis()));
        this.producer = KafkaClients.producer(bootstrapServers, "ingest-service", settings);
        this.ackTimeout = config.ackTimeout();
    }

    /**
     * Sends the cable and waits for the acknowledgement.
     *
     * @throws BrokerUnavailableException when the broker did not acknowledge within the configured timeout
     */
    public void publish(RawCable cable) {
        var headers = EventHeaders.of(Topics.RAW, cable.referenceId(), "ingest-service", TraceParent.newRoot(),
                cable.importId());
        var record = new ProducerRecord<>(Topics.RAW.name(), null, cable.referenceId(), Topics.RAW.encode(cable),
                headers);
        try {
            producer.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new BrokerUnavailableException("the Kafka broker did not acknowledge cable " + cable.referenceId()
                    + " within " + ackTimeout.toSeconds() + " s; it may not be stored, retry the request (re-sending is safe)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while waiting for the broker", e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
