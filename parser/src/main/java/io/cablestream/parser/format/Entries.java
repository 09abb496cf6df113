package io.cablestream.parser.format;

import io.cablestream.contract.event.CableSource;
import io.cablestream.parser.CableInput;
import io.cablestream.parser.CableRejectedException;
import io.cablestream.parser.InputFormat;
import io.cablestream.parser.ReadEntry;
import io.cablestream.parser.Rejection;
import java.util.function.Function;

/** Builds the {@link ReadEntry} for one piece of a file: decodes it once and either accepts or rejects it. */
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
}
