package io.cablestream.ingest.dedupe;

import java.util.HexFormat;

/** A content hash ({@code sha256:<hex>}) kept as its first 128 bits, the key of every version ingest knows. */
record Fingerprint(long high, long low) {

    static Fingerprint of(String contentHash) {
        String hex = contentHash.substring(contentHash.indexOf(':') + 1);
        return new Fingerprint(HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32));
    }
}
