package io.cablestream.parser.format;

import io.cablestream.contract.event.CableSource;
import io.cablestream.parser.CableInput;
import io.cablestream.parser.CableRejectedException;
import io.cablestream.parser.InputFormat;
import io.cablestream.parser.ReadEntry;
import io.cablestream.parser.Rejection;
import java.util.function.Function;

/** Shared by the format readers: builds the {@link ReadEntry} for one piece of a file (decoding it once to accept or reject it). */
final class Entries {

    private Entries() {
    }

    static CableSource at(String sourceName, int line) {
        return new CableSource(sourceName, "line " + line);
    }

    static ReadEntry entry(String text, InputFormat format, CableSource where,
            Function<String, CableDocument> decoder) {
        try {
            CableDocument document = decoder.apply(text);
            return new CableInput(text, document.metadata(), format, where);
        } catch (CableRejectedException e) {
            return new Rejection(where, e.getMessage());
        }
    }

    /** {@code value} stripped, or {@code null} when it is missing or blank. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
