package io.cablestream.query.index;

import java.time.Instant;
import java.util.List;

/**
 * One cable of an export: its stored fields and its EnrichedCable JSON.
 *
 * @param id reference ID
 * @param created creation time, or {@code null}
 * @param classification classification level, or {@code null}
 * @param caveats classification caveats
 * @param origin origin post, or {@code null}
 * @param tags TAGS codes
 * @param countries countries of the geographic TAGS
 * @param subject SUBJECT line, or {@code null}
 * @param references reference IDs of the cables it cites
 * @param body the cleaned body, or {@code null}
 * @param json the EnrichedCable JSON as read from the topic
 */
public record ExportedCable(String id, Instant created, String classification, List<String> caveats, String origin,
        List<String> tags, List<String> countries, String subject, List<String> references, String body,
        byte[] json) {
}
