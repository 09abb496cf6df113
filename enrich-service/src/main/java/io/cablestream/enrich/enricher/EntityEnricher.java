package io.cablestream.enrich.enricher;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.enrich.entity.Entities;
import io.cablestream.enrich.entity.EntityRecognizer;
import jakarta.inject.Singleton;

/**
 * Names the people, organizations and places of a cable's paragraphs with {@link EntityRecognizer}. Output
 * ({@code entities}): {@link Entities} — each entity once, with every mention as paragraph position and
 * character offsets in that paragraph's text; people keyed so that all forms of a name in the cable share one key.
 */
@Singleton
public class EntityEnricher implements Enricher {

    private final EntityRecognizer recognizer;

    public EntityEnricher(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String version() {
        return "2";
    }

    @Override
    public JsonNode enrich(ParsedCable cable) {
        return AnnotationData.of(recognizer.recognize(cable));
    }
}
