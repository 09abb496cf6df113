package io.cablestream.ingest.dedupe;

/**
 * Which upload stored a cable version: the import, the file inside it, and the attempt at that file.
 *
 * @param importId the import
 * @param part the file's name inside the import
 * @param attempt the upload attempt of that file
 */
public record Origin(String importId, String part, String attempt) {

    /**
     * A 64-bit hash of the import and the file: what the table of known versions keeps of the origin
     * instead of its strings (import IDs are random, so two files share a key with odds of about 2^-64).
     */
    long partKey() {
        return hash(hash(FNV_OFFSET, importId) * FNV_PRIME, part);
    }

    /** A 64-bit hash of the attempt, kept beside {@link #partKey()}. */
    long attemptKey() {
        return hash(FNV_OFFSET, attempt);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** FNV-1a over the UTF-16 units of {@code text}, from {@code seed}. */
    private static long hash(long seed, String text) {
        long hash = seed;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }
}
