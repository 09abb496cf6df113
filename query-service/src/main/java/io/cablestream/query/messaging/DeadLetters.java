package io.cablestream.query.messaging;

import io.cablestream.contract.header.DeadLetterHeaders;
import io.cablestream.contract.topic.Topics;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.jboss.logging.Logger;

/**
 * Parks the records of {@code cables.enriched.v1} that the feeder cannot index (not an
 * EnrichedCable, no reference ID, key and reference ID disagree, refused by Lucene) on
 * {@code cables.enriched.dead-letter.v1}: key and value byte for byte, the original headers plus the
 * reason ({@link DeadLetterHeaders}). It returns only once the broker acknowledged the dead letter,
 * so the feeder moves past a bad record without ever losing it.
 */
public final class DeadLetters implements AutoCloseable {

    /** The stage named in {@link DeadLetterHeaders#STAGE}. */
    static final String STAGE = "query-service";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final String TOPIC = Topics.ENRICHED.deadLetterName();

    private final KafkaProducer<String, byte[]> producer;
    private final Duration timeout;
    private final AtomicLong count = new AtomicLong();

    /**
     * @param producer a producer used by these dead letters only; {@link #close()} closes it
     * @param timeout how long to wait for the broker's acknowledgement
     */
    public DeadLetters(KafkaProducer<String, byte[]> producer, Duration timeout) {
        this.producer = producer;
        this.timeout = timeout;
    }

    /**
     * Parks {@code record} because of {@code reason}.
     *
     * @throws KafkaException when the broker did not acknowledge the dead letter in time; the record must be retried
     */
    void park(ConsumerRecord<String, byte[]> record, Exception reason) {
        var deadLetter = new ProducerRecord<>(TOPIC, null, record.key(), record.value(),
                DeadLetterHeaders.of(record, STAGE, reason));
        try {
            producer.send(deadLetter).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaException("cannot park " + where(record) + " on " + TOPIC + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("broker did not acknowledge the dead letter of " + where(record) + " within "
                    + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while parking " + where(record), e);
        }
        count.incrementAndGet();
        LOG.warnf("Parked %s (key %s) on %s: %s", where(record), record.key(), TOPIC, reason.getMessage());
    }

    /** How many records were parked since start. */
    public long count() {
        return count.get();
    }

    @Override
    public void close() {
        producer.close(timeout);
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
