package io.cablestream.query.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.event.RecordPosition;
import io.cablestream.contract.event.TagMeaning;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.json.MalformedEventException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@link EnrichedFields} of a {@code cables.enriched.v1} record value in one pass of a
 * streaming parser, skipping what the index does not use (routing, paragraphs after the first with
 * text, redactions, the other annotations …) instead of building the whole {@code EnrichedCable}:
 * decoding the event was a seventh of the feeder's CPU. Fields read are typed as the contract's
 * records type them (a string field also takes a number or boolean, as Jackson's data binding does);
 * fields skipped are not checked.
 */
final class EnrichedFieldsReader {

    private static final String EVENT = "EnrichedCable";

    private final JsonParser parser;
    private String referenceId;
    private String contentHash;
    private String importId;
    private String collection;
    private String created;
    private String level;
    private List<String> caveats = List.of();
    private String origin;
    private List<String> tags = List.of();
    private String subject;
    private final Set<String> references = new LinkedHashSet<>();
    private String summary;
    private String firstParagraph;
    private String body;
    private List<TagMeaning> tagMeanings = List.of();
    private List<Annotations.Entity> entities = List.of();
    private Instant enrichedAt;
    private RecordPosition rawPosition;
    private boolean hasCable;

    private EnrichedFieldsReader(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * The fields of the event {@code json}.
     *
     * @throws MalformedEventException when {@code json} is not an EnrichedCable JSON document
     * @throws IllegalArgumentException when there is no cable, it has no reference ID, or an annotation the index
     *     reads does not fit the contract
     */
    static EnrichedFields read(byte[] json) {
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(json)) {
            var reader = new EnrichedFieldsReader(parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw malformed("no content");
            }
            if (first != JsonToken.VALUE_NULL) {
                reader.readEvent();
            }
            return reader.fields();
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a valid " + EVENT + " JSON document: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedEventException("cannot read " + EVENT + ": " + e.getMessage(), e);
        }
    }

    private EnrichedFields fields() {
        if (!hasCable) {
            throw new IllegalArgumentException("cable is missing");
        }
        if (referenceId == null || referenceId.isBlank()) {
            throw new IllegalArgumentException("cable.referenceId is missing");
        }
        return new EnrichedFields(referenceId, contentHash, importId,
                collection == null || collection.isBlank() ? RawCable.DEFAULT_COLLECTION : collection, created, level,
                caveats, origin, tags, subject, List.copyOf(references), summary, firstParagraph, body, tagMeanings,
                entities, enrichedAt, rawPosition);
    }

    private void readEvent() throws IOException {
        expectObject("the event");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "cable" -> {
                    if (value != JsonToken.VALUE_NULL) {
                        readCable();
                    }
                }
                case "annotations" -> readAnnotations();
                case "enrichedAt" -> enrichedAt = instant("enrichedAt");
                default -> parser.skipChildren();
            }
        }
    }

    private void readCable() throws IOException {
        expectObject("cable");
        hasCable = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "referenceId" -> referenceId = string("cable.referenceId");
                case "contentHash" -> contentHash = string("cable.contentHash");
                case "importId" -> importId = string("cable.importId");
                case "collection" -> collection = string("cable.collection");
                case "created" -> created = string("cable.created");
                case "classification" -> readClassification();
                case "origin" -> origin = string("cable.origin");
                case "tags" -> tags = strings("cable.tags");
                case "subject" -> subject = string("cable.subject");
                case "references" -> forEachObject("cable.references", this::readReference);
                case "summary" -> summary = string("cable.summary");
                case "paragraphs" -> forEachObject("cable.paragraphs", this::readParagraph);
                case "body" -> body = string("cable.body");
                case "rawPosition" -> readRawPosition();
                default -> parser.skipChildren();
            }
        }
    }

    private void readClassification() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        expectObject("cable.classification");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "level" -> level = string("cable.classification.level");
                case "caveats" -> caveats = strings("cable.classification.caveats");
                default -> parser.skipChildren();
            }
        }
    }

    private void readRawPosition() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        expectObject("cable.rawPosition");
        int partition = 0;
        long offset = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "partition" -> partition = (int) number("cable.rawPosition.partition");
                case "offset" -> offset = number("cable.rawPosition.offset");
                default -> parser.skipChildren();
            }
        }
        rawPosition = new RecordPosition(partition, offset);
    }

    private long number(String path) throws IOException {
        if (!parser.currentToken().isNumeric()) {
            throw malformed(path + " is " + describe(parser.currentToken()) + ", not a number");
        }
        return parser.getLongValue();
    }

    private void readReference() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("referenceId")) {
                String reference = string("cable.references.referenceId");
                if (reference != null && !reference.isBlank()) {
                    references.add(reference);
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private void readParagraph() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("text") && firstParagraph == null) {
                String text = string("cable.paragraphs.text");
                if (text != null && !text.isBlank()) {
                    firstParagraph = text;
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private void readAnnotations() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        expectObject("annotations");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String annotation = parser.currentName();
            parser.nextToken();
            switch (annotation) {
                case Annotations.TAGS -> readAnnotation(annotation,
                        () -> tagMeanings = Annotations.tagMeanings(parser));
                case Annotations.ENTITIES -> readAnnotation(annotation, () -> entities = Annotations.entities(parser));
                default -> parser.skipChildren();
            }
        }
    }

    /** Reads the annotation object at the current token, handing its {@code data} to {@code data}. */
    private void readAnnotation(String annotation, DataReader data) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        expectObject("annotations." + annotation);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("data") && parser.currentToken() != JsonToken.VALUE_NULL) {
                data.read();
            } else {
                parser.skipChildren();
            }
        }
    }

    private void forEachObject(String path, DataReader item) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw malformed(path + " is " + describe(parser.currentToken()) + ", not a list");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                item.read();
            } else if (parser.currentToken() != JsonToken.VALUE_NULL) {
                throw malformed(path + " holds " + describe(parser.currentToken()) + " where an object belongs");
            }
        }
    }

    private void expectObject(String path) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw malformed(path + " is " + describe(parser.currentToken()) + ", not an object");
        }
    }

    private String string(String path) throws IOException {
        return string(parser, path);
    }

    private List<String> strings(String path) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw malformed(path + " is " + describe(parser.currentToken()) + ", not a list");
        }
        var values = new ArrayList<String>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(string(path));
        }
        return values;
    }

    /** The string at the parser's current token, as Jackson's data binding reads a {@code String}: scalars as text. */
    static String string(JsonParser parser, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isScalarValue()) {
            return parser.getText();
        }
        throw malformed(path + " is " + describe(token) + ", not a string");
    }

    /** An ISO-8601 time, or epoch seconds with an optional fraction, as Jackson reads an {@link Instant}. */
    private Instant instant(String path) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> {
                try {
                    yield parser.getText().isBlank() ? null : Instant.parse(parser.getText().strip());
                } catch (DateTimeParseException e) {
                    throw malformed(path + " is not an ISO-8601 time: " + parser.getText());
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                BigDecimal seconds = parser.getDecimalValue();
                yield Instant.ofEpochSecond(seconds.longValue(),
                        seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
            }
            default -> throw malformed(path + " is " + describe(parser.currentToken()) + ", not a time");
        };
    }

    /** What a token starts, in words, e.g. {@code a list}. */
    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NULL -> "null";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "a number";
        };
    }

    static MalformedEventException malformed(String reason) {
        return new MalformedEventException("not a valid " + EVENT + " JSON document: " + reason, null);
    }

    /** Reads a value of the event at the parser's current token. */
    @FunctionalInterface
    private interface DataReader {

        void read() throws IOException;
    }
}
