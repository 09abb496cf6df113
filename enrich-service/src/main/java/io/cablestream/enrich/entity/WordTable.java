package io.cablestream.enrich.entity;

import java.util.Map;

/**
 * An immutable string-keyed table for the per-token lexicon lookup: open addressing over parallel arrays, so a
 * word the table lacks costs one hash and one probe of an {@code int} array, without touching keys.
 *
 * @param <V> the values
 */
final class WordTable<V> {

    private final int[] hashes;
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    WordTable(Map<String, V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
        hashes = new int[capacity];
        keys = new String[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        entries.forEach((key, value) -> {
            int hash = key.hashCode();
            int slot = spread(hash) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = hash;
            keys[slot] = key;
            values[slot] = value;
        });
    }

    /** The value of {@code key}, or {@code null}. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        int hash = key.hashCode();
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && keys[slot].equals(key)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
