package io.cablestream.query.index;

import java.time.Instant;
import java.util.List;

/**
 * One cable in a page of search results.
 *
 * @param id reference ID
 * @param subject the SUBJECT line as plain text, or {@code null}
 * @param created creation time, or {@code null} when the cable states none
 * @param origin origin post, or {@code null}
 * @param classification classification level, or {@code null}
 * @param caveats classification caveats (NOFORN, SIPDIS …), in the order written
 * @param tags TAGS codes
 * @param snippet an HTML fragment of the body: text escaped, matches wrapped in {@code <mark>}
 */
public record SearchHit(String id, String subject, Instant created, String origin, String classification,
        List<String> caveats, List<String> tags, String snippet) {
}
