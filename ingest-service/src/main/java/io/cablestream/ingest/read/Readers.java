package io.cablestream.ingest.read;

import io.cablestream.contract.event.CableSource;
import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.ingest.domain.RejectedCableException;
import io.cablestream.parser.CableReader;
import io.cablestream.parser.InputFormat;
import io.cablestream.parser.text.TextBytes;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads any input ingest accepts into an {@link EntrySink}, choosing the reader by {@link InputKind}:
 * CSV and NDJSON streamed record by record, text, HTML and seed files read whole by the parser's
 * {@link CableReader} (up to {@code max-file-bytes}), archives opened entry by entry (a request body
 * holding an archive is first spooled to a temporary file, since zip and 7z keep their entry table
 * at the end). Memory stays bounded whatever the input's size.
 */
@ApplicationScoped
public class Readers {

    private static final int HEAD_BYTES = 512;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final IngestConfig config;
    private final ArchiveReader archives;

    Readers(IngestConfig config) {
        this.config = config;
        this.archives = new ArchiveReader(config.archive(), this::readEntry);
    }

    /**
     * Reads a request body.
     *
     * @param contentType the declared media type, or {@code null}
     * @throws RejectedCableException for an empty body, an unsupported or hostile archive
     */
    public void readStream(InputStream body, String name, String contentType, InputFormat format, EntrySink sink)
            throws IOException {
        var in = new BufferedInputStream(body, BUFFER_BYTES);
        byte[] head = peek(in);
        if (head.length == 0) {
            throw new RejectedCableException(400, "empty-body", "Empty body",
                    "the request body is empty; send a file of cables (CSV, NDJSON, text, HTML or an archive)");
        }
        var kind = InputKind.of(head, contentType, name, format);
        if (!kind.isArchive()) {
            readKind(in, kind, name, format, sink);
            return;
        }
        Path spooled = Files.createTempFile("cablestream-upload-", ".bin");
        try {
            Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
            readArchive(spooled, kind, name, sink);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    /** Reads a file: an inbox file or an uploaded part. */
    public void readFile(Path file, String name, String contentType, InputFormat format, EntrySink sink)
            throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        if (head.length == 0) {
            throw new RejectedCableException(400, "empty-file", "Empty file",
                    "'" + name + "' is empty; give a file with at least one cable");
        }
        var kind = InputKind.of(head, contentType, name, format);
        if (kind.isArchive()) {
            readArchive(file, kind, name, sink);
        } else {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES)) {
                readKind(in, kind, name, format, sink);
            }
        }
    }

    /** Reads an archive file; one that cannot be read (damaged, truncated) is refused with the reason. */
    private void readArchive(Path file, InputKind kind, String name, EntrySink sink) {
        try {
            switch (kind) {
                case ZIP -> archives.readZip(file, name, sink);
                case TAR -> archives.readTar(file, false, name, sink);
                case SEVEN_Z -> archives.readSevenZ(file, name, sink);
                case GZIP -> readGzip(file, name, sink);
                default -> throw new IllegalArgumentException(kind + " is not an archive");
            }
        } catch (IOException e) {
            throw new RejectedCableException(422, "damaged-archive", "Damaged archive", "'" + name
                    + "' cannot be read as a " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + " archive (" + e.getMessage() + "); check that the file was copied completely");
        }
    }

    /** A {@code .tar.gz}, or one gzipped file read as the file it holds. */
    private void readGzip(Path file, String name, EntrySink sink) throws IOException {
        byte[] head;
        try (var in = new GzipCompressorInputStream(Files.newInputStream(file), true)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        if (InputKind.of(head, null, null, InputFormat.AUTO) == InputKind.TAR) {
            archives.readTar(file, true, name, sink);
            return;
        }
        var guard = new ArchiveGuard(config.archive(), name, Files.size(file));
        String inner = name.replaceFirst("(?i)\\.gz$", "");
        try (var in = new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(file)), true)) {
            readEntry(guard.bounded(in, inner), inner, sink);
        }
    }

    /** One entry of an archive: any kind but another archive. */
    private void readEntry(InputStream entry, String name, EntrySink sink) throws IOException {
        var in = new BufferedInputStream(entry, BUFFER_BYTES);
        byte[] head = peek(in);
        var where = new CableSource(name, null);
        if (head.length == 0) {
            sink.rejection(where, "the file is empty");
            return;
        }
        InputKind kind;
        try {
            kind = InputKind.of(head, null, name, InputFormat.AUTO);
        } catch (RejectedCableException e) {
            sink.rejection(where, e.getMessage());
            return;
        }
        if (kind.isArchive()) {
            sink.rejection(where, "archives inside archives are not opened; unpack it and send it on its own");
            return;
        }
        readKind(in, kind, name, InputFormat.AUTO, sink);
    }

    private void readKind(InputStream in, InputKind kind, String name, InputFormat format, EntrySink sink)
            throws IOException {
        switch (kind) {
            case CSV -> CableReader.readCsv(utf8(in), name, config.maxCableBytes(), sink::entry);
            case NDJSON -> NdjsonStream.read(utf8(in), name, 2 * config.maxCableBytes(), sink);
            default -> readWhole(in, name, format, sink);
        }
    }

    private void readWhole(InputStream in, String name, InputFormat format, EntrySink sink) throws IOException {
        int limit = (int) Math.min(config.maxFileBytes(), Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            sink.rejection(new CableSource(name, null), "the file is larger than " + limit
                    + " bytes, the most read whole (cablestream.ingest.max-file-bytes); send a cables.csv as CSV or "
                    + "NDJSON (streamed), or split the file");
            return;
        }
        CableReader.read(TextBytes.decode(bytes), format, name).forEach(sink::entry);
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static byte[] peek(BufferedInputStream in) {
        try {
            in.mark(HEAD_BYTES);
            byte[] head = in.readNBytes(HEAD_BYTES);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
