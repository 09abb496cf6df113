package io.cablestream.query.rest.export;

import io.cablestream.query.index.ExportedCable;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes each cable's EnrichedCable JSON, as read from {@code cables.enriched.v1}, on a line of its
 * own. Line breaks can only be insignificant whitespace in valid JSON, so they become spaces; {@code <},
 * {@code >} and {@code &} can only stand inside strings, so they are written as JSON unicode escapes
 * (backslash, {@code u003c} and so on): a JSON reader gets the text verbatim, while markup in a cable
 * ({@code <script>}) never appears as such in the file, wherever it is opened or embedded.
 */
final class NdjsonCableWriter implements CableWriter {

    private static final byte[] LESS_THAN = "\\u003c".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GREATER_THAN = "\\u003e".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AMPERSAND = "\\u0026".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;

    NdjsonCableWriter(OutputStream out) {
        this.out = new BufferedOutputStream(out, 64 * 1024);
    }

    @Override
    public void accept(ExportedCable cable) throws IOException {
        byte[] json = cable.json();
        for (byte b : json) {
            switch (b) {
                case '\n', '\r' -> out.write(' ');
                case '<' -> out.write(LESS_THAN);
                case '>' -> out.write(GREATER_THAN);
                case '&' -> out.write(AMPERSAND);
                default -> out.write(b);
            }
        }
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
