package io.cablestream.ingest.read;

import io.cablestream.contract.event.CableSource;
import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.ingest.domain.RejectedCableException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.commons.compress.MemoryLimitException;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Opens {@code .zip}, {@code .tar}, {@code .tar.gz} and {@code .7z} archives from a file: first checks
 * the whole entry table against the {@link ArchiveGuard} limits (so a hostile archive is refused
 * before any of it is ingested), then hands each file entry, as a bounded stream, to an
 * {@link EntryReader}. Links and nested archives are rejected entry by entry; folders are skipped.
 */
final class ArchiveReader {

    /** Reads one entry of an archive. */
    @FunctionalInterface
    interface EntryReader {
        void read(InputStream entry, String name, EntrySink sink) throws IOException;
    }

    private static final int SEVEN_Z_MEMORY_LIMIT_KIB = 128 * 1024;

    private final IngestConfig.Archive limits;
    private final EntryReader entries;

    ArchiveReader(IngestConfig.Archive limits, EntryReader entries) {
        this.limits = limits;
        this.entries = entries;
    }

    void readZip(Path file, String archive, EntrySink sink) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            var guard = new ArchiveGuard(limits, archive, Files.size(file));
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                guard.check(entry.getName(), entry.getSize(), entry.getCompressedSize());
            }
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (accept(entry, entry.isUnixSymlink(), archive, sink)) {
                    try (InputStream in = guard.bounded(zip.getInputStream(entry), entry.getName())) {
                        entries.read(in, inside(archive, entry), sink);
                    }
                }
            }
        }
    }

    void readTar(Path file, boolean gzipped, String archive, EntrySink sink) throws IOException {
        var guard = new ArchiveGuard(limits, archive, Files.size(file));
        try (var tar = tarOf(file, gzipped)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                guard.check(entry.getName(), entry.getSize(), -1);
            }
        }
        try (var tar = tarOf(file, gzipped)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                if (accept(entry, entry.isSymbolicLink() || entry.isLink(), archive, sink)) {
                    entries.read(guard.bounded(unclosable(tar), entry.getName()), inside(archive, entry), sink);
                }
            }
        }
    }

    void readSevenZ(Path file, String archive, EntrySink sink) throws IOException {
        try (SevenZFile sevenZ = SevenZFile.builder().setPath(file).setMaxMemoryLimitKiB(SEVEN_Z_MEMORY_LIMIT_KIB).get()) {
            var guard = new ArchiveGuard(limits, archive, Files.size(file));
            for (SevenZArchiveEntry entry : sevenZ.getEntries()) {
                guard.check(entry.getName(), entry.getSize(), -1);
            }
            for (SevenZArchiveEntry entry; (entry = sevenZ.getNextEntry()) != null; ) {
                if (!entry.isAntiItem() && accept(entry, false, archive, sink)) {
                    InputStream in = new InputStream() {
                        @Override
                        public int read() throws IOException {
                            return sevenZ.read();
                        }

                        @Override
                        public int read(byte[] buffer, int offset, int length) throws IOException {
                            return sevenZ.read(buffer, offset, length);
                        }
                    };
                    entries.read(guard.bounded(in, entry.getName()), inside(archive, entry), sink);
                }
            }
        } catch (MemoryLimitException e) {
            throw new RejectedCableException(422, "archive-refused", "Archive refused", "'" + archive
                    + "' needs more memory to decompress than ingest allows (" + SEVEN_Z_MEMORY_LIMIT_KIB
                    + " KiB): recompress it with a smaller dictionary, or as .zip or .tar.gz");
        }
    }

    /** Whether to read the entry: folders are skipped, links rejected. */
    private static boolean accept(ArchiveEntry entry, boolean link, String archive, EntrySink sink) {
        if (entry.isDirectory()) {
            return false;
        }
        if (link) {
            sink.rejection(new CableSource(inside(archive, entry), null),
                    "links inside archives are not followed; put the file itself in the archive");
            return false;
        }
        return true;
    }

    private static String inside(String archive, ArchiveEntry entry) {
        return archive + "!/" + entry.getName();
    }

    private static TarArchiveInputStream tarOf(Path file, boolean gzipped) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        if (gzipped) {
            in = new GzipCompressorInputStream(in, true);
        }
        return new TarArchiveInputStream(in);
    }

    /** The archive's stream for one entry, which a reader closing it must not close. */
    private static InputStream unclosable(ArchiveInputStream<?> in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the archive stream moves on to the next entry
            }
        };
    }
}
