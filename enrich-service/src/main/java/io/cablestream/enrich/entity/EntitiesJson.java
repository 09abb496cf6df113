package io.cablestream.enrich.entity;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/**
 * Writes {@link Entities} field by field on the generator, in the records' component order and with the same
 * omissions as their annotations ({@code title} and {@code iso} only when present), so the bytes equal Jackson's
 * reflective output; the entities annotation is the largest part of most enriched events.
 */
public final class EntitiesJson extends StdSerializer<Entities> {

    public EntitiesJson() {
        super(Entities.class);
    }

    /** Writes the fields of one object. */
    @FunctionalInterface
    private interface ObjectWriter<T> {
        void write(JsonGenerator out, T element) throws IOException;
    }

    @Override
    public void serialize(Entities entities, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeStartObject();
        objects(out, "people", entities.people(), (o, person) -> {
            o.writeStringField("key", person.key());
            o.writeStringField("name", person.name());
            strings(o, "roles", person.roles());
            strings(o, "fields", person.fields());
            objects(o, "mentions", person.mentions(), EntitiesJson::mention);
        });
        objects(out, "organizations", entities.organizations(), (o, organization) -> {
            o.writeStringField("key", organization.key());
            o.writeStringField("name", organization.name());
            strings(o, "acronyms", organization.acronyms());
            objects(o, "mentions", organization.mentions(), EntitiesJson::mention);
        });
        objects(out, "locations", entities.locations(), (o, location) -> {
            o.writeStringField("key", location.key());
            o.writeStringField("name", location.name());
            if (location.iso() != null) {
                o.writeStringField("iso", location.iso());
            }
            objects(o, "mentions", location.mentions(), EntitiesJson::mention);
        });
        out.writeEndObject();
    }

    /** The field {@code name}: an array of one object per value, its fields written by {@code fields}. */
    private static <T> void objects(JsonGenerator out, String name, List<T> values, ObjectWriter<T> fields)
            throws IOException {
        out.writeFieldName(name);
        out.writeStartArray();
        for (T value : values) {
            out.writeStartObject();
            fields.write(out, value);
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeFieldName(name);
        out.writeStartArray();
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private static void mention(JsonGenerator out, EntityMention mention) throws IOException {
        out.writeNumberField("paragraph", mention.paragraph());
        out.writeNumberField("start", mention.start());
        out.writeNumberField("end", mention.end());
        out.writeStringField("text", mention.text());
        if (mention.title() != null) {
            out.writeStringField("title", mention.title());
        }
    }
}
