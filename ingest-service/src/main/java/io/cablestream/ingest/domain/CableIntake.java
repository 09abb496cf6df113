package io.cablestream.ingest.domain;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.SourceMetadata;
import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.parser.CableInput;
import io.cablestream.parser.InputFormat;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/**
 * Accepts one submitted cable as an import of its own: checks it (non-empty, within size, a
 * reference ID given or found), then stores it on {@code cables.raw.v1} unless this exact version
 * is already stored, and returns once the broker acknowledged it. Cables posted at the same time share
 * one Kafka transaction ({@link PostGroups}).
 */
@ApplicationScoped
public class CableIntake {

    private final PostGroups posts;
    private final IngestConfig config;

    CableIntake(PostGroups posts, IngestConfig config) {
        this.posts = posts;
        this.config = config;
    }

    /**
     * Accepts one cable.
     *
     * @param text the cable's text
     * @param format {@code auto} or a format name ({@code seed}, {@code html}, {@code csv}, {@code text})
     * @param sourceName where the text came from, e.g. a file name, or {@code http}
     * @param metadata metadata sent beside the text, or {@code null}
     * @param collection the collection the cable goes into
     */
    public AcceptedCable acceptOne(String text, String format, String sourceName, SourceMetadata metadata,
            String collection) {
        var inputFormat = formatNamed(format);
        var concrete = inputFormat == InputFormat.AUTO && text != null ? InputFormat.detect(text) : inputFormat;
        var checked = CheckedCable.of(new CableInput(text, metadata, concrete, new CableSource(sourceName, null)),
                config.maxCableBytes());
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        var report = posts.receive(new Imports.AloneCable(sourceName, collection, "http", checked, bytes,
                Context.current()));
        return new AcceptedCable(checked.referenceId(), report.importId(), checked.contentHash(), report.duplicate() > 0);
    }

    /** The format named {@code format}, or a 400 rejection listing the known names. */
    public static InputFormat formatNamed(String format) {
        return InputFormat.fromId(format).orElseThrow(() -> new RejectedCableException(400, "unknown-format",
                "Unknown format", "format '" + format + "' is not one of auto, seed, html, csv, text"));
    }
}
