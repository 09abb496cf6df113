package io.cablestream.query.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cablestream.contract.event.TagMeaning;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads, from a streaming parser positioned on an annotation's {@code data}, the annotations the index
 * uses: the {@code tags} annotation (a list of {@link TagMeaning}, part of the contract) and the
 * {@code entities} annotation of enrich-service: {@code {"people": [...], "organizations": [...], "locations": [...]}},
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
    private static final String NOT_TAG_MEANINGS = "annotations.tags.data is not a list of tag meanings: ";

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
     * The meanings of the cable's TAGS codes, read from the {@code tags} annotation's data.
     *
     * @throws IllegalArgumentException when the data is not a list of tag meanings
     */
    static List<TagMeaning> tagMeanings(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException(
                    NOT_TAG_MEANINGS + "found " + EnrichedFieldsReader.describe(parser.currentToken()));
        }
        var meanings = new ArrayList<TagMeaning>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(
                        NOT_TAG_MEANINGS + "an item is " + EnrichedFieldsReader.describe(parser.currentToken()));
            }
            meanings.add(tagMeaning(parser));
        }
        return meanings;
    }

    private static TagMeaning tagMeaning(JsonParser parser) throws IOException {
        String code = null;
        String kind = null;
        String meaning = null;
        boolean known = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "code" -> code = EnrichedFieldsReader.string(parser, "annotations.tags.data.code");
                case "kind" -> kind = EnrichedFieldsReader.string(parser, "annotations.tags.data.kind");
                case "meaning" -> meaning = EnrichedFieldsReader.string(parser, "annotations.tags.data.meaning");
                case "known" -> known = parser.currentToken() == JsonToken.VALUE_TRUE;
                default -> parser.skipChildren();
            }
        }
        return new TagMeaning(code, kind, meaning, known);
    }

    /** The entities with a name, read from the {@code entities} annotation's data; none when it is not an object. */
    static List<Entity> entities(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return List.of();
        }
        var entities = new ArrayList<Entity>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String kind = ENTITY_GROUPS.get(parser.currentName());
            if (parser.nextToken() != JsonToken.START_ARRAY || kind == null) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String name = parser.currentToken() == JsonToken.START_OBJECT ? name(parser) : skipped(parser);
                if (name != null && !name.isBlank()) {
                    entities.add(new Entity(kind, name.strip()));
                }
            }
        }
        return entities;
    }

    private static String name(JsonParser parser) throws IOException {
        String name = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean isName = parser.currentName().equals("name");
            JsonToken value = parser.nextToken();
            if (isName && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                name = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return name;
    }

    private static String skipped(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
    }
}
