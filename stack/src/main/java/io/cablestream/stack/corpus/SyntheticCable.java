package io.cablestream.stack.corpus;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One generated cable: the metadata WikiLeaks would publish beside it, the routing header and the
 * body, as separate parts so each output format can lay them out its own way.
 */
public record SyntheticCable(String referenceId, LocalDateTime created, String classification, String origin,
        List<String> references, String header, String body) {

    /** The bare telegram: routing header, blank line, body. */
    public String telegram() {
        return header + "\n\n" + body;
    }
}
