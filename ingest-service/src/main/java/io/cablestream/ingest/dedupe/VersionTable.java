package io.cablestream.ingest.dedupe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The versions ingest knows, outside the Java heap: an open-addressing hash table (linear probing) in a
 * memory-mapped temporary file, one 32-byte slot per version holding its {@link Fingerprint} and the
 * {@link Origin#partKey() part} and {@link Origin#attemptKey() attempt} keys of the upload that stored it.
 * The file is unlinked as soon as it is mapped, so nothing is left behind; the table is rebuilt from
 * {@code cables.versions.v1} at every start. It doubles when three quarters full. The heap holds only
 * this object and its buffer, whatever the number of versions; the pages (about 43 bytes per version)
 * belong to the operating system's page cache, which may write them out under memory pressure. Not
 * thread-safe: {@link CableVersions} guards it.
 */
final class VersionTable {

    private static final int SLOT = 32;
    private static final int MAX_SLOTS = 1 << 25;
    private static final int FIRST_SLOTS = 1 << 15;

    private ByteBuffer slots;
    private int mask;
    private int size;

    VersionTable() {
        slots = mapped(FIRST_SLOTS);
        mask = FIRST_SLOTS - 1;
    }

    /** Stores the version unless it is there; returns whether it was added. */
    boolean putIfAbsent(Fingerprint fingerprint, long partKey, long attemptKey) {
        int slot = find(fingerprint);
        if (occupied(slot)) {
            return false;
        }
        write(slot, fingerprint, partKey, attemptKey);
        if (++size > (mask + 1) / 4 * 3) {
            grow();
        }
        return true;
    }

    /** The slot holding {@code fingerprint}, or -1. */
    int slotOf(Fingerprint fingerprint) {
        int slot = find(fingerprint);
        return occupied(slot) ? slot : -1;
    }

    /** The part key of the upload that stored the version in {@code slot}. */
    long partKey(int slot) {
        return slots.getLong(slot * SLOT + 16);
    }

    /** The attempt key of the upload that stored the version in {@code slot}. */
    long attemptKey(int slot) {
        return slots.getLong(slot * SLOT + 24);
    }

    int size() {
        return size;
    }

    /** The slot holding {@code fingerprint}, or the empty slot where it belongs. */
    private int find(Fingerprint fingerprint) {
        long high = stored(fingerprint.high(), fingerprint.low());
        int slot = (int) mix(high ^ fingerprint.low()) & mask;
        while (occupied(slot)
                && (slots.getLong(slot * SLOT) != high || slots.getLong(slot * SLOT + 8) != fingerprint.low())) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean occupied(int slot) {
        return slots.getLong(slot * SLOT) != 0 || slots.getLong(slot * SLOT + 8) != 0;
    }

    private void write(int slot, Fingerprint fingerprint, long partKey, long attemptKey) {
        int at = slot * SLOT;
        slots.putLong(at, stored(fingerprint.high(), fingerprint.low()));
        slots.putLong(at + 8, fingerprint.low());
        slots.putLong(at + 16, partKey);
        slots.putLong(at + 24, attemptKey);
    }

    private void grow() {
        int capacity = mask + 1;
        if (capacity >= MAX_SLOTS) {
            throw new IllegalStateException("ingest-service knows " + size + " cable versions, the most its table of "
                    + "known versions holds (" + MAX_SLOTS / 4 * 3 + "); run more collections' imports on another "
                    + "ingest deployment");
        }
        ByteBuffer old = slots;
        slots = mapped(capacity * 2);
        mask = capacity * 2 - 1;
        for (int slot = 0; slot < capacity; slot++) {
            int at = slot * SLOT;
            long high = old.getLong(at);
            long low = old.getLong(at + 8);
            if (high != 0 || low != 0) {
                var fingerprint = new Fingerprint(high, low);
                write(find(fingerprint), fingerprint, old.getLong(at + 16), old.getLong(at + 24));
            }
        }
    }

    /** A fingerprint of all zero bits (one in 2^128) is stored with its high half 1, the empty slot being zeros. */
    private static long stored(long high, long low) {
        return high == 0 && low == 0 ? 1 : high;
    }

    private static long mix(long key) {
        key = (key ^ (key >>> 33)) * 0xff51afd7ed558ccdL;
        key = (key ^ (key >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return key ^ (key >>> 33);
    }

    private static ByteBuffer mapped(int slotCount) {
        try {
            Path file = Files.createTempFile("cablestream-ingest-versions-", ".table");
            try (var channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                return channel.map(FileChannel.MapMode.READ_WRITE, 0, (long) slotCount * SLOT);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ingest-service cannot map its table of known versions in "
                    + System.getProperty("java.io.tmpdir") + " (java.io.tmpdir): " + e.getMessage()
                    + "; give it a writable temporary folder with room for about 64 bytes per cable version", e);
        }
    }
}
