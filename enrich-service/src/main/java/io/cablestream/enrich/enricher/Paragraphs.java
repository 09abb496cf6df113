package io.cablestream.enrich.enricher;

import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.ParsedCable.Paragraph;
import java.util.List;
import java.util.Objects;

/** The paragraphs of a parsed cable that carry text, tolerating the absent lists and entries of odd input. */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<Paragraph> of(ParsedCable cable) {
        return cable.paragraphs() == null ? List.of()
                : cable.paragraphs().stream().filter(Objects::nonNull).filter(p -> p.text() != null).toList();
    }

    static List<String> texts(ParsedCable cable) {
        return of(cable).stream().map(Paragraph::text).toList();
    }
}
