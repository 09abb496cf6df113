package io.cablestream.contract.event;

import java.time.Instant;

/**
 * A cable exactly as it was accepted by ingest-service, published on {@code cables.raw.v1}.
 * The raw topic is the system of record: every later stage can be rebuilt by replaying it.
 *
 * @param referenceId canonical reference ID (the record key), e.g. {@code 07MOSCOW3804}
 * @param importId the import batch this cable arrived with
 * @param collection the collection the import belongs to, which decides who may read the cable;
 *        {@value #DEFAULT_COLLECTION} when the event predates collections
 * @param contentHash {@code sha256:} followed by the hex digest of {@code text}; identifies a version
 * @param format the input format: {@code auto}, {@code seed}, {@code html}, {@code csv} or {@code text}
 * @param source where the text came from (file name and position, or the HTTP request)
 * @param metadata metadata that arrived beside the text (CSV columns, HTML table), or {@code null}
 * @param receivedAt when ingest accepted the cable
 * @param text the cable as received, unmodified
 */
public record RawCable(
        String referenceId,
        String importId,
        String collection,
        String contentHash,
        String format,
        CableSource source,
        SourceMetadata metadata,
        Instant receivedAt,
        String text) {

    /** The collection of cables imported without naming one, and of events written before collections existed. */
    public static final String DEFAULT_COLLECTION = "default";

    public RawCable {
        collection = collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection;
    }

    /** A cable of the {@value #DEFAULT_COLLECTION} collection, for callers that import into none (the parse CLI, tests). */
    public RawCable(String referenceId, String importId, String contentHash, String format, CableSource source,
            SourceMetadata metadata, Instant receivedAt, String text) {
        this(referenceId, importId, DEFAULT_COLLECTION, contentHash, format, source, metadata, receivedAt, text);
    }
}
