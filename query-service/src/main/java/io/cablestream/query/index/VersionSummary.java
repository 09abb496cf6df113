package io.cablestream.query.index;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.cablestream.contract.event.RecordPosition;
import java.time.Instant;

/**
 * One version of a cable in its history.
 *
 * @param number 1 for the oldest kept version, counting up
 * @param contentHash hash of the raw text the version was parsed from
 * @param importId the import that delivered it, or {@code null}
 * @param enrichedAt when enrich-service produced it, or {@code null}
 * @param subject its SUBJECT line, or {@code null}
 * @param current whether it is the version searches see
 * @param rawPosition where its raw record lies on {@code cables.raw.v1}, or {@code null} when unknown (not served)
 */
public record VersionSummary(int number, String contentHash, String importId, Instant enrichedAt, String subject,
        boolean current, @JsonIgnore RecordPosition rawPosition) {
}
