package io.cablestream.enrich.enricher;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.enrich.dictionary.TagDictionary;
import io.cablestream.enrich.dictionary.TagExplanation;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Explains each TAGS code of a cable from the {@link TagDictionary}. Output ({@code tags}): a list of
 * {@link TagExplanation} in the cable's order; geographic tags carry their ISO 3166 code; unknown codes are
 * kept with {@code known=false}.
 */
@Singleton
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
        return "2";
    }

    @Override
    public JsonNode enrich(ParsedCable cable) {
        List<TagExplanation> explained = cable.tags() == null ? List.of()
                : cable.tags().stream().filter(tag -> tag != null && !tag.isBlank()).map(dictionary::explain).toList();
        return AnnotationData.of(explained);
    }
}
