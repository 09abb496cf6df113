package io.cablestream.stack.bench;

import java.util.HashSet;
import java.util.Set;

/**
 * Counts what a topic holds, as a {@code read_committed} consumer sees it from the beginning to
 * the current end: records with a value, and the distinct keys among them (so records minus keys
 * are cables stored twice).
 *
 * @param records committed records with a value
 * @param keys the distinct keys among them
 */
record TopicCount(long records, Set<String> keys) {

    static TopicCount of(String bootstrap, String topic) {
        long[] records = new long[1];
        Set<String> keys = new HashSet<>();
        TopicScan.forEach(bootstrap, topic, record -> {
            if (record.value() != null) {
                records[0]++;
                keys.add(record.key());
            }
        });
        return new TopicCount(records[0], keys);
    }

    long duplicates() {
        return records - keys.size();
    }
}
