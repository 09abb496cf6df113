package io.cablestream.ingest.domain;

import io.cablestream.parser.CableInput;
import io.cablestream.parser.CableParser;
import io.cablestream.parser.CableRejectedException;
import io.cablestream.parser.ReferenceIds;
import java.nio.charset.StandardCharsets;

/**
 * A cable that passed ingest's checks: not empty, within the size limit, text rather than binary (the
 * parser's {@link CableParser#checkedText}), and identifiable (a reference ID given beside it or found in its text).
 *
 * @param input the cable as read
 * @param referenceId its canonical reference ID, the record key
 * @param contentHash the identity of this version
 */
public record CheckedCable(CableInput input, String referenceId, String contentHash) {

    /**
     * Checks one cable.
     *
     * @throws RejectedCableException saying what is wrong and how to fix it
     */
    public static CheckedCable of(CableInput input, int maxCableBytes) {
        String text = input.text();
        if (text == null || text.isBlank()) {
            throw new RejectedCableException(400, "empty-body", "Empty body",
                    "the cable's text is empty; send the cable's full text (Content-Type: text/plain or text/html)");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxCableBytes) {
            throw new RejectedCableException(413, "cable-too-large", "Cable too large",
                    "the cable is " + bytes + " bytes; the limit is " + maxCableBytes
                            + " bytes (cablestream.ingest.max-cable-bytes)");
        }
        try {
            CableParser.checkedText(text);
        } catch (CableRejectedException e) {
            throw new RejectedCableException(422, "not-text", "Not text", e.getMessage());
        }
        var given = input.metadata() == null ? null : input.metadata().referenceId();
        var referenceId = ReferenceIds.canonical(given).or(() -> ReferenceIds.findIn(text))
                .orElseThrow(() -> new RejectedCableException(422, "not-a-cable", "Not a cable",
                        "no reference ID found in the text: expected an 'Identifier' header (export format), a "
                                + "'Reference ID' table (WikiLeaks page), a reference ID column (cables.csv) or a "
                                + "routing header naming post and serial (e.g. 'MOSCOW 003804' with a DTG like "
                                + "'021437Z AUG 07')"));
        return new CheckedCable(input, referenceId, CableParser.contentHash(text));
    }
}
