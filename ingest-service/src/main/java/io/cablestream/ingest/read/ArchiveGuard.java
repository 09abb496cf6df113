package io.cablestream.ingest.read;

import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.ingest.domain.RejectedCableException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * The limits that refuse a hostile archive whole: entry count, entry size, total size, compression
 * ratio (zip bombs) and entry names that leave the archive's folder (path traversal). Checked on the
 * archive's entry table before anything is read, and again on the bytes actually extracted, since an
 * entry table can lie.
 */
final class ArchiveGuard {

    private static final long RATIO_CHECK_FROM = 1024 * 1024;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final IngestConfig.Archive limits;
    private final String archive;
    private final long archiveBytes;
    private int entries;
    private long total;
    private long extracted;

    ArchiveGuard(IngestConfig.Archive limits, String archive, long archiveBytes) {
        this.limits = limits;
        this.archive = archive;
        this.archiveBytes = Math.max(1, archiveBytes);
    }

    /**
     * Checks one entry of the entry table.
     *
     * @param size its uncompressed size, or -1 when unknown
     * @param compressedSize its compressed size, or -1 when unknown
     */
    void check(String name, long size, long compressedSize) {
        entries++;
        if (entries > limits.maxEntries()) {
            throw refused(413, "too-many-entries", "Too many entries", "'" + archive + "' has more than "
                    + limits.maxEntries() + " entries (cablestream.ingest.archive.max-entries); split it into smaller archives");
        }
        checkName(name);
        if (size > limits.maxEntryBytes()) {
            throw entryTooLarge(name, size);
        }
        total += Math.max(0, size);
        if (total > limits.maxTotalBytes()) {
            throw refused(413, "archive-too-large", "Archive too large", "the entries of '" + archive
                    + "' expand to more than " + limits.maxTotalBytes()
                    + " bytes (cablestream.ingest.archive.max-total-bytes); split it into smaller archives");
        }
        if (size > RATIO_CHECK_FROM && compressedSize > 0 && size / compressedSize > limits.maxRatio()) {
            throw bomb("entry '" + name + "' expands from " + compressedSize + " to " + size + " bytes", size / compressedSize);
        }
        if (total > RATIO_CHECK_FROM && total / archiveBytes > limits.maxRatio()) {
            throw bomb("its entries expand from " + archiveBytes + " to more than " + total + " bytes", total / archiveBytes);
        }
    }

    /** The entry's bytes, refused as soon as they go beyond what the limits allow. */
    InputStream bounded(InputStream in, String name) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? -1 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(n);
                return n;
            }

            private void count(int n) {
                if (n <= 0) {
                    return;
                }
                read += n;
                extracted += n;
                if (read > limits.maxEntryBytes()) {
                    throw entryTooLarge(name, read);
                }
                if (extracted > RATIO_CHECK_FROM && extracted / archiveBytes > limits.maxRatio()) {
                    throw bomb("its entries expand from " + archiveBytes + " to more than " + extracted + " bytes",
                            extracted / archiveBytes);
                }
            }
        };
    }

    private void checkName(String name) {
        String path = name.replace('\\', '/');
        boolean escapes = path.startsWith("/") || DRIVE.matcher(path).matches() || path.indexOf('\0') >= 0
                || Pattern.compile("(^|/)\\.\\.(/|$)").matcher(path).find();
        if (escapes) {
            throw refused(422, "path-traversal", "Archive refused: path traversal", "entry " + entries + " of '"
                    + archive + "' is named '" + name + "', which leaves the archive's folder (an absolute path or "
                    + "'..'); the whole archive is refused: rebuild it with relative entry names");
        }
    }

    private RejectedCableException entryTooLarge(String name, long size) {
        return refused(413, "entry-too-large", "Archive entry too large", "entry '" + name + "' of '" + archive
                + "' is " + size + " bytes or more; the limit is " + limits.maxEntryBytes()
                + " bytes (cablestream.ingest.archive.max-entry-bytes); the whole archive is refused");
    }

    private RejectedCableException bomb(String what, long ratio) {
        return refused(422, "zip-bomb", "Archive refused: compression ratio too high", "'" + archive
                + "' looks like a zip bomb: " + what + " (compression ratio " + ratio + ", the limit is "
                + limits.maxRatio() + ": cablestream.ingest.archive.max-ratio); the whole archive is refused");
    }

    private static RejectedCableException refused(int status, String slug, String title, String detail) {
        return new RejectedCableException(status, slug, title, detail);
    }
}
