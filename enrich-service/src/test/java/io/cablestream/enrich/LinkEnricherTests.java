package io.cablestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.ParsedCable.Reference;
import io.cablestream.enrich.dictionary.PostDictionary;
import io.cablestream.enrich.enricher.LinkEnricher;
import org.junit.jupiter.api.Test;

/** LinkEnricher: the cables a cable cites, from its REF list and its text. */
class LinkEnricherTests {

    private final LinkEnricher enricher = new LinkEnricher(new PostDictionary());

    @Test
    void citesTheCablesOfTheRefListThenThoseWrittenInTheText() {
        var cable = ParsedCables.cable("09MADRID1")
                .references(new Reference("A", "09STATE1234", "STATE 1234"), new Reference("B", null, "TELCON"),
                        new Reference("C", "09STATE1234", "STATE 1234 (DUPLICATE)"))
                .paragraph("As reported in 08MOSCOW2700 and 09STATE1234, see also 09MADRID1 and 99NOWHERE12.")
                .build();

        assertThat(AnnotationTrees.read(enricher.enrich(cable)).get("cites"))
                .extracting(node -> node.asText())
                .containsExactly("09STATE1234", "08MOSCOW2700");
    }

    @Test
    void citesNothingForACableWithoutReferences() {
        assertThat(AnnotationTrees.read(enricher.enrich(ParsedCables.withTags("PREL"))).get("cites")).isEmpty();
    }
}
