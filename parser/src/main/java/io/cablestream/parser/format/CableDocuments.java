package io.cablestream.parser.format;

import io.cablestream.parser.InputFormat;

/** Takes one cable's text apart according to its format (detecting it for {@link InputFormat#AUTO}). */
public final class CableDocuments {

    private CableDocuments() {
    }

    /** The document in {@code text}; throws {@code CableRejectedException} when the text does not fit the format. */
    public static CableDocument decode(String text, InputFormat format) {
        InputFormat concrete = format == InputFormat.AUTO ? InputFormat.detect(text) : format;
        return switch (concrete) {
            case SEED -> SeedFormat.decode(text);
            case HTML -> HtmlFormat.decode(text);
            case CSV -> CsvFormat.decode(text);
            case TEXT, AUTO -> TextFormat.decode(text);
        };
    }
}
