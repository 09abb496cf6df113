package io.cablestream.ingest.messaging;

import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.topic.Topic;
import io.cablestream.ingest.config.IngestConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ingest's shared producer (idempotent, {@code acks=all}) for what is written outside upload
 * transactions: import headers and progress on {@code cables.imports.v1}, every record with the
 * contract's headers and its import ID, in its own publish span ({@link TracedSender}). Sends are
 * asynchronous; {@link #await} turns a missing acknowledgement into {@link BrokerUnavailableException}.
 * Cables themselves go through {@link UploadTransactions}.
 */
@ApplicationScoped
public class EventPublisher {

    private final KafkaProducer<String, byte[]> producer;
    private final TracedSender sender;
    private final Duration ackTimeout;

    EventPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, IngestConfig config,
            TracedSender sender) {
        var settings = new HashMap<>(config.kafkaOverrides());
        settings.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(config.ackTimeout().toMillis()));
        this.producer = KafkaClients.producer(bootstrapServers, TracedSender.SERVICE, settings);
        this.sender = sender;
        this.ackTimeout = config.ackTimeout();
    }

    /** Sends {@code value} to {@code topic}; the future completes when the broker acknowledged it. */
    public <V> Future<RecordMetadata> send(Topic<V> topic, String key, V value, String importId) {
        try {
            return sender.send(producer, topic, key, value, importId);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Waits for one acknowledgement, at most the configured acknowledgement timeout.
     *
     * @param what what the record is, for the error message, e.g. {@code cable 09VALLETTA412}
     * @throws BrokerUnavailableException when the broker did not acknowledge in time or refused the record
     */
    public void await(Future<?> ack, String what) {
        try {
            ack.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new BrokerUnavailableException("the Kafka broker did not acknowledge " + what + " within "
                    + ackTimeout.toSeconds() + " s; it may not be stored, retry the request (re-sending is safe: "
                    + "cables already stored are recognised)", e);
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
