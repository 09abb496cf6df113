package io.cablestream.ingest.messaging;

import io.cablestream.contract.topic.Topic;
import java.time.Duration;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * The Kafka transaction of one upload, on a producer borrowed from {@link UploadTransactions}:
 * records sent are invisible to read_committed readers until {@link #commit()} returns, and are
 * dropped if the upload fails or ingest dies first. A transaction begins with the first record sent
 * after a commit.
 */
public final class UploadTransaction implements AutoCloseable {

    private final UploadTransactions.Slot slot;
    private final UploadTransactions pool;
    private final TracedSender sender;
    private final Duration timeout;
    private boolean open;
    private boolean healthy = true;

    UploadTransaction(UploadTransactions.Slot slot, UploadTransactions pool, TracedSender sender, Duration timeout) {
        this.slot = slot;
        this.pool = pool;
        this.sender = sender;
        this.timeout = timeout;
    }

    /**
     * Sends a record inside the current transaction (beginning one if needed); the future completes
     * when the broker holds it (not yet committed) and tells its partition and offset.
     */
    public <V> Future<RecordMetadata> send(Topic<V> topic, String key, V value, String importId) {
        try {
            if (!open) {
                slot.producer().beginTransaction();
                open = true;
            }
            return sender.send(slot.producer(), topic, key, value, importId);
        } catch (KafkaException e) {
            throw failed("could not send to " + topic.name(), e);
        }
    }

    /** Sends what was buffered and returns once the broker holds it, still uncommitted. */
    public void flush() {
        try {
            slot.producer().flush();
        } catch (KafkaException e) {
            throw failed("did not take the upload's records", e);
        }
    }

    /** Drops what was sent since the last commit: read_committed readers never see it. */
    public void abort() {
        if (!open) {
            return;
        }
        try {
            slot.producer().abortTransaction();
            open = false;
        } catch (KafkaException e) {
            throw failed("did not abort the upload's transaction", e);
        }
    }

    /**
     * Commits what was sent since the last commit; returns once the broker acknowledged all of it.
     *
     * @throws BrokerUnavailableException when the broker does not confirm in time; nothing of this
     *     transaction is then visible, and re-sending is safe
     */
    public void commit() {
        if (!open) {
            return;
        }
        try {
            slot.producer().commitTransaction();
            open = false;
        } catch (KafkaException e) {
            throw failed("did not confirm the upload's records", e);
        }
    }

    /** Whether records were sent since the last commit. */
    public boolean hasUncommitted() {
        return open;
    }

    private BrokerUnavailableException failed(String what, KafkaException e) {
        healthy = false;
        return new BrokerUnavailableException("the Kafka broker " + what + " within " + timeout.toSeconds()
                + " s (" + e.getMessage() + "); nothing of the records since the last confirmation is stored, retry "
                + "the request (re-sending is safe: cables already stored are recognised)", e);
    }

    /** Aborts anything not committed and gives the producer back to the pool. */
    @Override
    public void close() {
        if (open && healthy) {
            try {
                slot.producer().abortTransaction();
            } catch (KafkaException e) {
                healthy = false;
            }
        }
        pool.release(slot, healthy);
    }
}
