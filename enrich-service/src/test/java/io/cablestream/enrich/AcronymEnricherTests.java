package io.cablestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cablestream.contract.json.Json;
import io.cablestream.enrich.acronym.AcronymUse;
import io.cablestream.enrich.dictionary.AcronymDictionary;
import io.cablestream.enrich.dictionary.TagDictionary;
import io.cablestream.enrich.enricher.AcronymEnricher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AcronymEnricher: acronyms expanded from the cable's own definitions and the dictionary. */
class AcronymEnricherTests {

    private final AcronymEnricher enricher = new AcronymEnricher(new AcronymDictionary(new TagDictionary()));

    private List<AcronymUse> acronyms(String... paragraphs) throws Exception {
        var cable = ParsedCables.cable("09TESTPOST1");
        for (String paragraph : paragraphs) {
            cable.paragraph(paragraph);
        }
        return List.of(Json.MAPPER.treeToValue(AnnotationTrees.read(enricher.enrich(cable.build())), AcronymUse[].class));
    }

    @Test
    void prefersTheCablesOwnDefinitionThenTheDictionary() throws Exception {
        var found = acronyms("The Joint Border Coordination Center (JBCC) opened. The GOR and the PDAS agreed.",
                "The JBCC met again.");

        assertThat(found).extracting(AcronymUse::acronym, AcronymUse::expansion, AcronymUse::source, AcronymUse::count)
                .containsExactly(
                        tuple("JBCC", "Joint Border Coordination Center", "cable", 2),
                        tuple("GOR", "Government of Russia", "dictionary", 1),
                        tuple("PDAS", "Principal Deputy Assistant Secretary", "dictionary", 1));
    }

    @Test
    void keepsUnknownAcronymsOfMixedCaseTextAndFlagsThem() throws Exception {
        var found = acronyms("Officials of the QRTZ met.");

        assertThat(found).extracting(AcronymUse::acronym, AcronymUse::known, AcronymUse::expansion)
                .containsExactly(tuple("QRTZ", false, null));
    }

    @Test
    void ignoresUnknownWordsOfLinesWrittenInCapitals() throws Exception {
        var found = acronyms("SHIPYARD WORKERS PROTEST IN NATO CAPITAL\nThe unions met.");

        assertThat(found).extracting(AcronymUse::acronym).containsExactly("NATO");
    }
}
