package io.cablestream.enrich;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.ParsedCable;
import java.util.List;

/** Synthetic parsed cables for enrich-service tests. */
final class ParsedCables {

    private ParsedCables() {
    }

    static ParsedCable withTags(String... tags) {
        return withIdAndTags("09TESTPOST17", tags);
    }

    static ParsedCable withIdAndTags(String referenceId, String... tags) {
        return new ParsedCable(referenceId, "sha256:" + "0".repeat(64), "imp-test", "test", "text",
                new CableSource("test", null), "2009-03-04T10:00:00Z",
                new ParsedCable.Classification("CONFIDENTIAL", List.of("NOFORN")), "TESTPOST", null, null, null,
                List.of(tags), "TEST SUBJECT", List.of(), null, null,
                List.of(new ParsedCable.Paragraph(1, "C", null, "Synthetic paragraph.")), List.of(), List.of(),
                "1. (C) Synthetic paragraph.", List.of(), List.of());
    }
}
