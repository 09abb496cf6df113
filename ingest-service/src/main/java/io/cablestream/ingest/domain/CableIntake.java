package io.cablestream.ingest.domain;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.RawCable;
import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.ingest.messaging.RawCablePublisher;
import io.cablestream.parser.ReferenceIds;
import io.cablestream.parser.CableParser;
import io.cablestream.parser.InputFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns one submitted text into a {@link RawCable}: checks it is non-empty, within size and
 * identifiable as a cable (a reference ID can be found), then publishes it and waits for the
 * broker's acknowledgement.
 */
@ApplicationScoped
public class CableIntake {

    private final RawCablePublisher publisher;
    private final IngestConfig config;

    CableIntake(RawCablePublisher publisher, IngestConfig config) {
        this.publisher = publisher;
        this.config = config;
    }

    /**
     * Accepts one cable.
     *
     * @param text the cable's text
     * @param format {@code auto} or a format name ({@code seed}, {@code html}, {@code csv}, {@code text})
     * @param sourceName where the text came from, e.g. a file name, or {@code http}
     */
    public AcceptedCable acceptOne(String text, String format, String sourceName) {
        var inputFormat = formatNamed(format);
        if (text == null || text.isBlank()) {
            throw new RejectedCableException(400, "empty-body", "Empty body",
                    "the request body is empty; send the cable's full text (Content-Type: text/plain or text/html)");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxCableBytes()) {
            throw new RejectedCableException(413, "cable-too-large", "Cable too large",
                    "the cable is " + bytes + " bytes; the limit is " + config.maxCableBytes()
                            + " bytes (cablestream.ingest.max-cable-bytes)");
        }
        var referenceId = ReferenceIds.findIn(text).orElseThrow(() -> new RejectedCableException(422, "not-a-cable",
                "Not a cable",
                "no reference ID found in the text: expected an 'Identifier' header (export format), a "
                        + "'Reference ID' table (WikiLeaks page) or a routing header naming post and serial "
                        + "(e.g. 'MOSCOW 003804' with a DTG like '021437Z AUG 07')"));
        var detected = inputFormat == InputFormat.AUTO ? InputFormat.detect(text) : inputFormat;
        var cable = new RawCable(referenceId, "imp-" + UUID.randomUUID(), CableParser.contentHash(text),
                detected.id(), new CableSource(sourceName, null), null, Instant.now(), text);
        publisher.publish(cable);
        return new AcceptedCable(cable.referenceId(), cable.importId(), cable.contentHash());
    }

    private static InputFormat formatNamed(String format) {
        return InputFormat.fromId(format).orElseThrow(() -> new RejectedCableException(400, "unknown-format",
                "Unknown format", "format '" + format + "' is not one of auto, seed, html, csv, text"));
    }
}
