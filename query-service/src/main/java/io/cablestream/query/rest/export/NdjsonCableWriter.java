package io.cablestream.query.rest.export;

import io.cablestream.query.index.ExportedCable;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes each cable's EnrichedCable JSON, as read from {@code cables.enriched.v1}, on a line of its
 * own. Line breaks can only be insignificant whitespace in valid JSON, so they become spaces.
 */
final class NdjsonCableWriter implements CableWriter {

    private final OutputStream out;

    NdjsonCableWriter(OutputStream out) {
        this.out = new BufferedOutputStream(out, 64 * 1024);
    }

    @Override
    public void accept(ExportedCable cable) throws IOException {
        byte[] json = cable.json();
        for (byte b : json) {
            out.write(b == '\n' || b == '\r' ? ' ' : b);
        }
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
