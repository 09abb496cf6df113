package io.cablestream.parser;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.event.SourceMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Loads the synthetic fixture cables under {@code src/test/resources/fixtures} and wraps text as raw cables. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RawCable raw(String text, String format) {
        return raw(text, format, null, null);
    }

    public static RawCable raw(String text, String format, String referenceId, SourceMetadata metadata) {
        return new RawCable(referenceId, "test-import", text == null ? null : CableParser.contentHash(text), format,
                new CableSource("test", "line 1"), metadata, Instant.EPOCH, text);
    }
}
