package io.cablestream.enrich.enricher;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.TagMeaning;
import io.cablestream.contract.json.Json;
import io.cablestream.enrich.dictionary.TagDictionary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Explains each TAGS code of a cable from the {@link TagDictionary}. Output: a list of
 * {@link TagMeaning} in the cable's order; unknown codes are kept with {@code known=false}.
 */
@ApplicationScoped
public class TagEnricher implements Enricher {

    private final TagDictionary dictionary;

    public TagEnricher(TagDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public String name() {
        return "tags";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public JsonNode enrich(ParsedCable cable) {
        List<TagMeaning> meanings = cable.tags().stream().map(dictionary::explain).toList();
        return Json.MAPPER.valueToTree(meanings);
    }
}
