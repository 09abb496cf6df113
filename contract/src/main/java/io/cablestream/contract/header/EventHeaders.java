package io.cablestream.contract.header;

import io.cablestream.contract.topic.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers every event carries: CloudEvents (Kafka protocol binding, binary mode),
 * {@code traceparent}, and the import ID that lets progress be counted at every stage.
 */
public final class EventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";
    public static final String IMPORT_ID = "cablestream_import_id";

    private EventHeaders() {
    }

    /**
     * Headers for a new event on {@code topic} about the cable {@code referenceId}.
     *
     * @param service the producing service, used as {@code ce_source} ({@code /cablestream/<service>})
     * @param trace the trace this event belongs to
     * @param importId the import batch, or {@code null}
     */
    public static Headers of(Topic<?> topic, String referenceId, String service, TraceParent trace, String importId) {
        var headers = new RecordHeaders();
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, UUID.randomUUID().toString());
        put(headers, TYPE, topic.eventType());
        put(headers, SOURCE, "/cablestream/" + service);
        put(headers, TIME, Instant.now().toString());
        put(headers, SUBJECT, referenceId);
        put(headers, CONTENT_TYPE, "application/json");
        put(headers, TRACEPARENT, trace.toString());
        if (importId != null) {
            put(headers, IMPORT_ID, importId);
        }
        return headers;
    }

    /** The last value of the named header as text, or {@code null}. */
    public static String get(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
