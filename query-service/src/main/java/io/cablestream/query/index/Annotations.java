package io.cablestream.query.index;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.Annotation;
import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.TagMeaning;
import io.cablestream.contract.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the annotations of an {@link EnrichedCable} that the index uses: the {@code tags}
 * annotation (a list of {@link TagMeaning}, part of the contract) and the {@code entities}
 * annotation of enrich-service: {@code {"people": [...], "organizations": [...], "locations": [...]}},
 * each entity with at least a {@code name} (see enriched-cable.v1.json). Entities without a name are ignored.
 */
final class Annotations {

    /** The name of the annotation whose data lists {@link TagMeaning}s. */
    static final String TAGS = "tags";
    /** The name of the annotation whose data lists the entities named in the cable. */
    static final String ENTITIES = "entities";
    /** The {@link TagMeaning#kind()} of TAGS codes that name a country or region. */
    static final String GEOGRAPHIC = "geographic";
    /** The entity kind of people. */
    static final String PERSON = "person";
    /** The entity kind of organizations. */
    static final String ORGANIZATION = "organization";
    /** The groups of the entities annotation and the entity kind each holds. */
    private static final Map<String, String> ENTITY_GROUPS = Map.of(
            "people", PERSON, "organizations", ORGANIZATION, "locations", "location");

    /**
     * One entity named in a cable.
     *
     * @param kind lower-case kind, e.g. {@code person}
     * @param name the name as the enricher gives it
     */
    record Entity(String kind, String name) {
    }

    private Annotations() {
    }

    /**
     * The meanings of the cable's TAGS codes; empty when enrich-service added none.
     *
     * @throws IllegalArgumentException when the annotation is not a list of tag meanings
     */
    static List<TagMeaning> tagMeanings(EnrichedCable enriched) {
        JsonNode data = data(enriched, TAGS);
        if (data == null) {
            return List.of();
        }
        try {
            return List.of(Json.MAPPER.convertValue(data, TagMeaning[].class));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("annotations.tags.data is not a list of tag meanings: " + e.getMessage(), e);
        }
    }

    /** The entities of the {@code entities} annotation that have a kind and a name; empty without one. */
    static List<Entity> entities(EnrichedCable enriched) {
        JsonNode data = data(enriched, ENTITIES);
        if (data == null || !data.isObject()) {
            return List.of();
        }
        var entities = new ArrayList<Entity>();
        for (var group : ENTITY_GROUPS.entrySet()) {
            for (JsonNode item : data.path(group.getKey())) {
                String name = item.path("name").asText("");
                if (!name.isBlank()) {
                    entities.add(new Entity(group.getValue(), name.strip()));
                }
            }
        }
        return entities;
    }

    private static JsonNode data(EnrichedCable enriched, String name) {
        Annotation annotation = enriched.annotations() == null ? null : enriched.annotations().get(name);
        return annotation == null || annotation.data() == null || annotation.data().isNull() ? null : annotation.data();
    }
}
