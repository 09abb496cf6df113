package io.cablestream.ingest.dedupe;

/**
 * Which upload stored a cable version: the import, the file inside it, and the attempt at that file.
 *
 * @param importId the import
 * @param part the file's name inside the import
 * @param attempt the upload attempt of that file
 */
public record Origin(String importId, String part, String attempt) {

    /** Whether {@code other} is an earlier (or later) attempt at the very same file of the same import. */
    public boolean isOtherAttemptOfSamePart(Origin other) {
        return importId.equals(other.importId) && part.equals(other.part) && !attempt.equals(other.attempt);
    }
}
