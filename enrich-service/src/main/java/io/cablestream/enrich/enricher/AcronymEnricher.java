package io.cablestream.enrich.enricher;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.enrich.acronym.AcronymFinder;
import io.cablestream.enrich.acronym.AcronymUse;
import io.cablestream.enrich.dictionary.AcronymDictionary;
import jakarta.inject.Singleton;

/**
 * Expands the acronyms a cable's paragraphs use. Output ({@code acronyms}): a list of {@link AcronymUse} in
 * order of first use; acronyms neither the cable nor the dictionary expands are kept with {@code known=false}.
 */
@Singleton
public class AcronymEnricher implements Enricher {

    private final AcronymFinder finder;

    public AcronymEnricher(AcronymDictionary dictionary) {
        this.finder = new AcronymFinder(dictionary);
    }

    @Override
    public String name() {
        return "acronyms";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public JsonNode enrich(ParsedCable cable) {
        return AnnotationData.of(finder.find(Paragraphs.texts(cable)));
    }
}
