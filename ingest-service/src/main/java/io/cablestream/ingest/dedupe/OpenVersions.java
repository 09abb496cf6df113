package io.cablestream.ingest.dedupe;

import io.cablestream.contract.event.CableVersion;
import io.cablestream.ingest.messaging.BrokerUnavailableException;
import io.cablestream.ingest.messaging.TopicTail;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;

/**
 * The version records on {@code cables.versions.v1} whose transactions are still open, as a read_uncommitted
 * reader sees them, by partition and offset: the order in which uploads, on any replica, claimed a version.
 * All records of one content hash share a partition (the hash is the key), so that order is the same for
 * every replica, and the first open or committed claim wins. A record is forgotten once the read_committed
 * reader has passed it: then it is either known as stored, or was aborted.
 */
@ApplicationScoped
public class OpenVersions {

    private record Open(Fingerprint fingerprint, Origin origin) {
    }

    private final Map<Integer, NavigableMap<Long, Open>> byPartition = new HashMap<>();
    private volatile TopicTail openTail;
    private volatile TopicTail committedTail;

    /** Starts using the two readers of {@code cables.versions.v1}: read_uncommitted and read_committed. */
    public void readBy(TopicTail openTail, TopicTail committedTail) {
        this.openTail = openTail;
        this.committedTail = committedTail;
    }

    /** Takes one record the read_uncommitted reader found. */
    public synchronized void seen(int partition, long offset, CableVersion version) {
        byPartition.computeIfAbsent(partition, p -> new TreeMap<>()).put(offset, new Open(
                Fingerprint.of(version.contentHash()), new Origin(version.importId(), version.part(), version.attempt())));
        forgetResolved();
    }

    /**
     * Waits until the read_uncommitted reader has read up to {@code ends} (next offset per partition),
     * e.g. past the records an upload has just sent.
     *
     * @throws BrokerUnavailableException when it does not get there within {@code timeout}
     */
    public void awaitSeen(Map<TopicPartition, Long> ends, Duration timeout) {
        await(openTail, ends, timeout, "read its own version records back");
    }

    /**
     * Waits until the read_committed reader has read up to {@code ends}: every open record before them
     * is then known as stored, or was aborted.
     *
     * @throws BrokerUnavailableException when it does not get there within {@code timeout}
     */
    public void awaitResolved(Map<TopicPartition, Long> ends, Duration timeout) {
        await(committedTail, ends, timeout, "learn whether other uploads storing the same cables committed");
    }

    /**
     * The last offset before {@code offset} of {@code partition} where another upload holds an open claim on
     * {@code contentHash}, if any.
     */
    public synchronized Optional<Long> claimedBefore(int partition, long offset, String contentHash, Origin origin) {
        forgetResolved();
        Fingerprint fingerprint = Fingerprint.of(contentHash);
        return byPartition.getOrDefault(partition, new TreeMap<>()).headMap(offset, false).entrySet().stream()
                .filter(open -> open.getValue().fingerprint().equals(fingerprint)
                        && !open.getValue().origin().equals(origin))
                .map(Map.Entry::getKey).reduce(Math::max);
    }

    private static void await(TopicTail tail, Map<TopicPartition, Long> ends, Duration timeout, String what) {
        try {
            tail.reached(ends).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new BrokerUnavailableException("ingest-service could not " + what + " within " + timeout.toSeconds()
                    + " s; retry the request", e);
        }
    }

    private void forgetResolved() {
        Map<TopicPartition, Long> resolvedBelow = committedTail == null ? Map.of() : committedTail.positions();
        resolvedBelow.forEach((partition, below) -> {
            var open = byPartition.get(partition.partition());
            if (open != null) {
                open.headMap(below, false).clear();
            }
        });
    }
}
