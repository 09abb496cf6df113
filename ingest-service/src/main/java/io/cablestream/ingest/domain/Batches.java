package io.cablestream.ingest.domain;

import io.cablestream.contract.event.ImportPartReport;
import io.cablestream.contract.event.ImportRejection;
import io.cablestream.ingest.read.CountingInputStream;
import io.cablestream.ingest.read.Readers;
import io.cablestream.parser.InputFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Receives files of cables into imports: a streamed request body or a file on disk (an upload
 * part, an inbox file), read by {@link Readers} into a {@link PartIntake}. A file of which nothing
 * could be accepted is answered with a rejection that lists where and why.
 */
@ApplicationScoped
public class Batches {

    private static final int REJECTIONS_IN_DETAIL = 3;

    private final Imports imports;
    private final Readers readers;

    Batches(Imports imports, Readers readers) {
        this.imports = imports;
        this.readers = readers;
    }

    /** Reads a request body as one file of the open import {@code importId}. */
    public ImportPartReport receiveStream(String importId, InputStream body, String name, String contentType,
            InputFormat format) {
        String collection = imports.openHeader(importId).collection();
        var counted = new CountingInputStream(body);
        return requireSomethingAccepted(imports.receive(importId, collection, name, counted::count,
                intake -> read(() -> readers.readStream(counted, name, contentType, format, intake))));
    }

    /** Reads a request body as an import of its own into {@code collection}. */
    public ImportPartReport receiveStreamAlone(InputStream body, String name, String collection, String contentType,
            InputFormat format) {
        var counted = new CountingInputStream(body);
        return requireSomethingAccepted(imports.receiveAlone(name, collection, "http", counted::count,
                intake -> read(() -> readers.readStream(counted, name, contentType, format, intake))));
    }

    /** Reads a file on disk as one file of the open import {@code importId} of {@code collection}. */
    public ImportPartReport receiveFile(String importId, String collection, Path file, String name,
            String contentType, InputFormat format) {
        return imports.receive(importId, collection, name, () -> size(file),
                intake -> read(() -> readers.readFile(file, name, contentType, format, intake)));
    }

    /**
     * Passes the report on when at least one cable was accepted or found already stored.
     *
     * @throws RejectedCableException (422) listing the first rejections otherwise
     */
    public static ImportPartReport requireSomethingAccepted(ImportPartReport report) {
        if (report.accepted() > 0 || report.duplicate() > 0 || report.rejected() == 0) {
            return report;
        }
        String first = report.rejections().stream().limit(REJECTIONS_IN_DETAIL).map(Batches::describe)
                .collect(Collectors.joining("; "));
        throw new RejectedCableException(422, "no-cable-accepted", "No cable accepted",
                "none of the " + report.received() + " entries of '" + report.part() + "' was accepted: " + first
                        + (report.rejected() > REJECTIONS_IN_DETAIL ? "; ... (" + report.rejected()
                                + " rejections, all listed at GET /imports/" + report.importId() + ")" : ""));
    }

    private static String describe(ImportRejection rejection) {
        var source = rejection.source();
        return source.name() + (source.position() == null ? "" : ", " + source.position()) + ": " + rejection.reason();
    }

    private interface Reading {
        void run() throws IOException;
    }

    private static void read(Reading reading) {
        try {
            reading.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
