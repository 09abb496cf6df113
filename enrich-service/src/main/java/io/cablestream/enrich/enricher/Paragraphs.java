package io.cablestream.enrich.enricher;

import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.ParsedCable.Paragraph;
import java.util.List;
import java.util.Objects;
import java.util.function.ObjIntConsumer;

/** The paragraphs of a parsed cable that carry text, tolerating the absent lists and entries of odd input. */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<Paragraph> of(ParsedCable cable) {
        return cable.paragraphs() == null ? List.of()
                : cable.paragraphs().stream().filter(Objects::nonNull).filter(p -> p.text() != null).toList();
    }

    /** Each paragraph that carries text with its 1-based position in the cable's {@code paragraphs}. */
    static void forEachWithPosition(ParsedCable cable, ObjIntConsumer<Paragraph> action) {
        List<Paragraph> all = cable.paragraphs() == null ? List.of() : cable.paragraphs();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null && all.get(i).text() != null) {
                action.accept(all.get(i), i + 1);
            }
        }
    }

    static List<String> texts(ParsedCable cable) {
        return of(cable).stream().map(Paragraph::text).toList();
    }
}
