package io.cablestream.query.rest.export;

import io.cablestream.query.index.InvalidQueryException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The formats an export can be written in, with their media type and file extension. */
public enum ExportFormat {

    /** One EnrichedCable JSON document per line. */
    NDJSON("application/x-ndjson", NdjsonCableWriter::new),
    /** One row per cable with its main fields and body; cells that a spreadsheet would run as a formula are defused. */
    CSV("text/csv; charset=UTF-8", CsvCableWriter::new);

    private final String mediaType;
    private final Function<OutputStream, CableWriter> writer;

    ExportFormat(String mediaType, Function<OutputStream, CableWriter> writer) {
        this.mediaType = mediaType;
        this.writer = writer;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A writer of this format onto {@code out}. */
    public CableWriter writer(OutputStream out) {
        return writer.apply(out);
    }

    /** The file name an export in this format is offered as. */
    public String fileName() {
        return "cables." + this;
    }

    /** The format named {@code name}, ignoring case. */
    public static ExportFormat named(String name) {
        return Arrays.stream(values())
                .filter(format -> format.name().equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidQueryException("format must be one of " + Arrays.stream(values())
                        .map(ExportFormat::toString).collect(Collectors.joining(", ")) + ", was '" + name + "'"));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
