package io.cablestream.parser;

import io.cablestream.contract.event.CableSource;
import io.cablestream.parser.format.CsvFormat;
import io.cablestream.parser.format.HtmlFormat;
import io.cablestream.parser.format.SeedFormat;
import io.cablestream.parser.format.TextFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Splits one file's content into cables. Each entry of the result is either a {@link CableInput}
 * (the cable's own text, the metadata found beside it, its format and position) or a
 * {@link Rejection} saying where and why an entry could not be read; a bad entry never stops the
 * others, and nothing is dropped without a rejection.
 */
public final class CableReader {

    private CableReader() {
    }

    /**
     * The entries of a file, in file order.
     *
     * @param text the file's content
     * @param format its format, or {@link InputFormat#AUTO} to detect it
     * @param sourceName the file name, recorded in each entry's {@link CableSource}
     */
    public static Stream<ReadEntry> read(String text, InputFormat format, String sourceName) {
        if (text == null || text.isBlank()) {
            return Stream.of(new Rejection(new CableSource(sourceName, "line 1"),
                    "the file is empty (give a file with at least one cable)"));
        }
        InputFormat concrete = format == null || format == InputFormat.AUTO ? InputFormat.detect(text) : format;
        List<ReadEntry> entries = switch (concrete) {
            case SEED -> SeedFormat.read(text, sourceName);
            case HTML -> HtmlFormat.read(text, sourceName);
            case CSV -> CsvFormat.read(text, sourceName);
            case TEXT, AUTO -> TextFormat.read(text, sourceName);
        };
        if (entries.isEmpty()) {
            return Stream.of(new Rejection(new CableSource(sourceName, "line 1"),
                    "no cable found in the file (check the format: " + concrete.id() + ")"));
        }
        return entries.stream();
    }
}
