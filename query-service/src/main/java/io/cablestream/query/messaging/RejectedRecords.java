package io.cablestream.query.messaging;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Where the feeder puts records of {@code cables.enriched.v1} it cannot index (not an
 * EnrichedCable, no reference ID, key and reference ID disagree): logged with the reason and
 * counted, so one bad record never stops the index. This is the dead-letter hook: parking the
 * record on {@code cables.enriched.dead-letter.v1} with {@code DeadLetterHeaders} belongs here.
 */
public final class RejectedRecords {

    private static final Logger LOG = Logger.getLogger(RejectedRecords.class);

    private final AtomicLong count = new AtomicLong();

    void reject(ConsumerRecord<String, byte[]> record, Exception reason) {
        count.incrementAndGet();
        LOG.warnf("Skipped record %s-%d@%d (key %s): %s", record.topic(), record.partition(), record.offset(),
                record.key(), reason.getMessage());
    }

    /** How many records were rejected since start. */
    public long count() {
        return count.get();
    }
}
