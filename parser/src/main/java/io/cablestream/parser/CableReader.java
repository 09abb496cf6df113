package io.cablestream.parser;

import io.cablestream.contract.event.CableSource;
import io.cablestream.parser.format.CsvFormat;
import io.cablestream.parser.format.HtmlFormat;
import io.cablestream.parser.format.SeedFormat;
import io.cablestream.parser.format.TextFormat;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Splits one file's content into cables. Each entry of the result is either a {@link CableInput}
 * (the cable's own text, the metadata found beside it, its format and position) or a
 * {@link Rejection} saying where and why an entry could not be read; a bad entry never stops the
 * others, and nothing is dropped without a rejection. A {@code cables.csv} file of any size can be
 * streamed instead of read whole ({@link #readCsv}).
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

    /**
     * The entries of a {@code cables.csv} file read as a stream, record by record, in file order: the same
     * entries {@link #read} gives for the whole text with {@link InputFormat#CSV}, while at most one record
     * is held in memory.
     *
     * @param in the file's characters
     * @param sourceName the file name, recorded in each entry's {@link CableSource}
     * @param maxRecordChars a record longer than this is rejected (at the line where it starts) without being held
     * @param sink receives each entry as soon as its record has been read
     * @throws IOException when {@code in} fails
     */
    public static void readCsv(Reader in, String sourceName, int maxRecordChars, Consumer<ReadEntry> sink)
            throws IOException {
        CsvFormat.read(in, sourceName, maxRecordChars, sink);
    }
}
