package io.cablestream.enrich.messaging;

import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.topic.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the {@code cables.enriched.v1} value of an {@link EnrichedCable} with the parsed event it was made from
 * copied verbatim as its {@code cable} field, instead of encoding the decoded cable again: same JSON shape as
 * {@code Topics.ENRICHED.encode} (fields {@code cable}, {@code annotations}, {@code enrichedAt} in that order),
 * and the same bytes when the parsed event came from the current contract. A parsed event that is not one
 * UTF-8 JSON object falls back to encoding the decoded cable.
 */
public final class EnrichedEvent {

    private static final byte[] CABLE = "{\"cable\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANNOTATIONS = ",\"annotations\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ENRICHED_AT = ",\"enrichedAt\":".getBytes(StandardCharsets.UTF_8);

    private EnrichedEvent() {
    }

    /**
     * @param enriched the enriched cable, whose {@code cable} was decoded from {@code parsedEvent}
     * @param parsedEvent the value of the {@code cables.parsed.v1} record, as read
     */
    public static byte[] encode(EnrichedCable enriched, byte[] parsedEvent) {
        int start = 0;
        int end = parsedEvent.length;
        while (start < end && isWhitespace(parsedEvent[start])) {
            start++;
        }
        while (end > start && isWhitespace(parsedEvent[end - 1])) {
            end--;
        }
        if (end - start < 2 || parsedEvent[start] != '{' || parsedEvent[end - 1] != '}') {
            return Topics.ENRICHED.encode(enriched);
        }
        var tail = new ByteArrayOutputStream(8192);
        try {
            tail.write(ANNOTATIONS);
            Json.MAPPER.writeValue(tail, enriched.annotations());
            tail.write(ENRICHED_AT);
            Json.MAPPER.writeValue(tail, enriched.enrichedAt());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the enriched event of " + enriched.cable().referenceId(), e);
        }
        tail.write('}');
        byte[] event = new byte[CABLE.length + (end - start) + tail.size()];
        System.arraycopy(CABLE, 0, event, 0, CABLE.length);
        System.arraycopy(parsedEvent, start, event, CABLE.length, end - start);
        byte[] annotations = tail.toByteArray();
        System.arraycopy(annotations, 0, event, CABLE.length + end - start, annotations.length);
        return event;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
