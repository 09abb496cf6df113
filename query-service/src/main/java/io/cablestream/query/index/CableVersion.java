package io.cablestream.query.index;

import io.cablestream.contract.event.RecordPosition;
import java.time.Instant;

/**
 * One version of a cable as the version history keeps it: what identifies it and the text a diff compares.
 *
 * @param id reference ID
 * @param contentHash hash of the raw text the version was parsed from; a new hash is a new version
 * @param importId the import batch that delivered it, or {@code null}
 * @param enrichedAt when enrich-service produced it, which orders the versions; {@code null} when unknown
 * @param subject the SUBJECT line, or {@code null}
 * @param body the cleaned body, or {@code null}
 * @param level the classification level of this version, or {@code null}
 * @param collection the collection of the import that delivered it
 * @param rawPosition where its raw record lies on {@code cables.raw.v1}, or {@code null} when its event does not say
 */
public record CableVersion(String id, String contentHash, String importId, Instant enrichedAt, String subject,
        String body, String level, String collection, RecordPosition rawPosition) {
}
