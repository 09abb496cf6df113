package io.cablestream.contract.stage;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Records waiting after a consumer's position, summed over its assigned partitions, as far as its last
 * fetches told it (no request to the broker); a partition without such knowledge yet counts as none.
 */
public final class FetchedLag {

    private FetchedLag() {
    }

    /** The records the consumer knows to be waiting on all its partitions. */
    public static long of(Consumer<?, ?> consumer) {
        long waiting = 0;
        for (TopicPartition partition : consumer.assignment()) {
            waiting += consumer.currentLag(partition).orElse(0);
        }
        return waiting;
    }
}
