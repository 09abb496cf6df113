package io.cablestream.enrich.acronym;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes an {@link AcronymUse} field by field, in component order and without its absent fields: the bytes of
 * Jackson's reflective output, cheaper.
 */
public final class AcronymUseJson extends StdSerializer<AcronymUse> {

    public AcronymUseJson() {
        super(AcronymUse.class);
    }

    @Override
    public void serialize(AcronymUse use, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeStartObject();
        optional(out, "acronym", use.acronym());
        optional(out, "expansion", use.expansion());
        optional(out, "kind", use.kind());
        out.writeBooleanField("known", use.known());
        optional(out, "source", use.source());
        out.writeNumberField("count", use.count());
        out.writeEndObject();
    }

    private static void optional(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }
}
