package io.cablestream.enrich.time;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link DateMention} field by field, in component order: the bytes of Jackson's reflective output, cheaper. */
public final class DateMentionJson extends StdSerializer<DateMention> {

    public DateMentionJson() {
        super(DateMention.class);
    }

    @Override
    public void serialize(DateMention date, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeStartObject();
        out.writeNumberField("paragraph", date.paragraph());
        out.writeNumberField("start", date.start());
        out.writeNumberField("end", date.end());
        out.writeStringField("text", date.text());
        out.writeStringField("from", date.from());
        out.writeStringField("to", date.to());
        out.writeStringField("precision", date.precision());
        out.writeEndObject();
    }
}
