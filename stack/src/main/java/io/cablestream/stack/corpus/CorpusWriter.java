package io.cablestream.stack.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes synthetic cables in the real formats: bare telegram text files, WikiLeaks-style HTML pages
 * (metadata table plus two {@code <pre>} blocks with {@code &#x000A;} line breaks), or one
 * {@code cables.csv} with the 2011 release's eight quoted columns.
 */
public final class CorpusWriter {

    /** The output formats. */
    public enum Format { TEXT, HTML, CSV }

    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("M/d/yyyy H:mm", Locale.ENGLISH);
    private static final DateTimeFormatter HTML_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private CorpusWriter() {
    }

    /**
     * Writes every cable; {@code out} is a folder for text and HTML (one file per cable) and a file for CSV.
     *
     * @return the number of bytes written
     */
    public static long write(Stream<SyntheticCable> cables, Format format, Path out) throws IOException {
        if (format == Format.CSV) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (BufferedWriter csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                long[] row = {0};
                cables.forEach(cable -> append(csv, csvRow(++row[0], cable)));
            }
            return Files.size(out);
        }
        Files.createDirectories(out);
        long[] bytes = {0};
        cables.forEach(cable -> {
            String content = format == Format.HTML ? html(cable) : cable.telegram();
            byte[] encoded = content.getBytes(StandardCharsets.UTF_8);
            bytes[0] += encoded.length;
            try {
                Files.write(out.resolve(cable.referenceId() + (format == Format.HTML ? ".html" : ".txt")), encoded);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return bytes[0];
    }

    static String csvRow(long row, SyntheticCable cable) {
        return String.join(",", quoted(Long.toString(row)), quoted(CSV_DATE.format(cable.created())),
                quoted(cable.referenceId()), quoted(cable.origin()), quoted(cable.classification()),
                quoted(String.join(",", cable.references())), quoted(cable.header()), quoted(cable.body())) + "\n";
    }

    static String html(SyntheticCable cable) {
        String body = escape(cable.body()).replace("\n", "&#x000A;");
        return """
                <!DOCTYPE html>
                <html lang='en'>
                <head><title>Cable Viewer</title></head>
                <body>
                <div class='pane big'>
                <h3>Viewing cable %1$s</h3>
                <table class='cable'>
                <tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>Origin</th></tr>
                <tr>
                <td><a href='/cable/%1$s.html'>%1$s</a></td>
                <td><a href='/date/x.html'>%2$s</a></td>
                <td><a href='/reldate/x.html'>2010-11-28 18:18</a></td>
                <td><a href='/classification/x.html'>%3$s</a></td>
                <td><a href='/origin/x.html'>%4$s</a></td>
                </tr>
                </table>
                <code><pre>%5$s</pre></code>
                <code><pre>%6$s</pre></code>
                </div>
                </body>
                </html>
                """.formatted(cable.referenceId(), HTML_DATE.format(cable.created()), cable.classification(),
                cable.origin(), escape(cable.header()).replace("\n", "&#x000A;"), body);
    }

    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#x27;");
    }

    private static void append(BufferedWriter writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
