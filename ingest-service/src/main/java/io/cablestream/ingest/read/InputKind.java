package io.cablestream.ingest.read;

import io.cablestream.ingest.domain.RejectedCableException;
import io.cablestream.parser.InputFormat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * What an input is, decided from its first bytes (archives and compressed files announce
 * themselves), then its content type, then its file name, then the parser's format detection.
 */
public enum InputKind {
    /** A {@code cables.csv}-style file, streamed record by record. */
    CSV,
    /** One JSON cable per line, streamed line by line. */
    NDJSON,
    ZIP,
    TAR,
    /** gzip: a {@code .tar.gz}, or one gzipped file. */
    GZIP,
    SEVEN_Z,
    /** Text, HTML or a seed export, read whole by the parser. */
    DOCUMENT;

    private static final int TAR_MAGIC_OFFSET = 257;

    /** Whether the input is an archive or compressed file that ingest opens. */
    public boolean isArchive() {
        return this == ZIP || this == TAR || this == GZIP || this == SEVEN_Z;
    }

    /**
     * Decides the kind.
     *
     * @param head the first bytes of the input (up to 512)
     * @param contentType the declared media type, or {@code null}
     * @param name the file name, or {@code null}
     * @param format the format the client named ({@link InputFormat#AUTO} to detect)
     * @throws RejectedCableException (415) for archive formats ingest does not open
     */
    public static InputKind of(byte[] head, String contentType, String name, InputFormat format) {
        refuseUnsupported(head, name);
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            return ZIP;
        }
        if (startsWith(head, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return SEVEN_Z;
        }
        if (startsWith(head, 0x1F, 0x8B)) {
            return GZIP;
        }
        if (head.length >= TAR_MAGIC_OFFSET + 5
                && new String(head, TAR_MAGIC_OFFSET, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return TAR;
        }
        if (format == InputFormat.CSV) {
            return CSV;
        }
        if (format != InputFormat.AUTO) {
            return DOCUMENT;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String file = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv") || file.endsWith(".csv")) {
            return CSV;
        }
        if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
                || file.endsWith(".ndjson") || file.endsWith(".jsonl")) {
            return NDJSON;
        }
        return InputFormat.detect(new String(head, StandardCharsets.UTF_8)) == InputFormat.CSV ? CSV : DOCUMENT;
    }

    private static void refuseUnsupported(byte[] head, String name) {
        String file = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String format = null;
        if (startsWith(head, 'R', 'a', 'r', '!') || file.endsWith(".rar")) {
            format = "RAR";
        } else if (startsWith(head, 'B', 'Z', 'h') || file.endsWith(".bz2") || file.endsWith(".tbz2")) {
            format = "bzip2";
        } else if (startsWith(head, 0xFD, '7', 'z', 'X', 'Z', 0) || file.endsWith(".xz")) {
            format = "xz";
        } else if (startsWith(head, 0x28, 0xB5, 0x2F, 0xFD) || file.endsWith(".zst")) {
            format = "zstd";
        }
        if (format != null) {
            throw new RejectedCableException(415, "unsupported-archive", "Unsupported archive",
                    (name == null ? "the input" : "'" + name + "'") + " is a " + format
                            + " archive, which ingest does not open; send a .zip, .tar, .tar.gz or .7z archive instead");
        }
    }

    private static boolean startsWith(byte[] head, int... magic) {
        return head.length >= magic.length
                && Arrays.equals(Arrays.copyOf(head, magic.length), toBytes(magic));
    }

    private static byte[] toBytes(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
