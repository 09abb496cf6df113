package io.cablestream.enrich.entity;

import java.util.Map;

/**
 * An immutable string-keyed table for the per-token lexicon lookup: a small bit filter (8 KB, two bits per key)
 * turns most words the table lacks away without leaving the first-level cache; the rest are found by open
 * addressing over parallel arrays.
 *
 * @param <V> the values
 */
final class WordTable<V> {

    private static final int FILTER_WORDS = 1024;
    private static final int FILTER_MASK = FILTER_WORDS * 64 - 1;

    private final int[] hashes;
    private final String[] keys;
    private final Object[] values;
    private final int mask;
    private final long[] filter = new long[FILTER_WORDS];

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
            setFilterBit(hash);
            setFilterBit(second(hash));
            hashes[slot] = hash;
            keys[slot] = key;
            values[slot] = value;
        });
    }

    /** The value of {@code key}, or {@code null}. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        int hash = key.hashCode();
        if (!hasFilterBit(hash) || !hasFilterBit(second(hash))) {
            return null;
        }
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && keys[slot].equals(key)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    private void setFilterBit(int hash) {
        int bit = hash & FILTER_MASK;
        filter[bit >>> 6] |= 1L << bit;
    }

    private boolean hasFilterBit(int hash) {
        int bit = hash & FILTER_MASK;
        return (filter[bit >>> 6] & (1L << bit)) != 0;
    }

    private static int second(int hash) {
        return (hash * 0x9E3779B9) >>> 16;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
