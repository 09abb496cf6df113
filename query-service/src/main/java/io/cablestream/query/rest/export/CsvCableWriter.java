package io.cablestream.query.rest.export;

import io.cablestream.query.index.ExportedCable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes cables as RFC 4180 CSV with a header row; list fields are joined with spaces. A cell
 * starting with {@code = + - @}, tab or carriage return is prefixed with an apostrophe, so a
 * spreadsheet shows it as text instead of running it as a formula.
 */
final class CsvCableWriter implements CableWriter {

    private static final List<String> HEADER = List.of("id", "created", "classification", "caveats", "origin", "tags",
            "countries", "subject", "references", "body");

    private final Writer out;
    private boolean headerWritten;

    CsvCableWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public void accept(ExportedCable cable) throws IOException {
        if (!headerWritten) {
            row(HEADER);
            headerWritten = true;
        }
        row(List.of(
                cable.id(),
                cable.created() == null ? "" : cable.created().toString(),
                Objects.requireNonNullElse(cable.classification(), ""),
                String.join(" ", cable.caveats()),
                Objects.requireNonNullElse(cable.origin(), ""),
                String.join(" ", cable.tags()),
                String.join("; ", cable.countries()),
                Objects.requireNonNullElse(cable.subject(), ""),
                String.join(" ", cable.references()),
                Objects.requireNonNullElse(cable.body(), "")));
    }

    @Override
    public void finish() throws IOException {
        if (!headerWritten) {
            row(HEADER);
        }
        out.flush();
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** The cell as CSV: defused when a spreadsheet would read a formula, quoted when it holds a separator or quote. */
    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
