package io.cablestream.contract.header;

import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Headers of a dead-letter record: the original record's headers plus why and where it failed.
 * The value is the original value, byte for byte, so the record can be replayed after a fix.
 */
public final class DeadLetterHeaders {

    public static final String REASON = "cablestream_dlq_reason";
    public static final String ERROR = "cablestream_dlq_error";
    public static final String STAGE = "cablestream_dlq_stage";
    public static final String TOPIC = "cablestream_dlq_topic";
    public static final String PARTITION = "cablestream_dlq_partition";
    public static final String OFFSET = "cablestream_dlq_offset";
    public static final String TIME = "cablestream_dlq_time";

    private DeadLetterHeaders() {
    }

    /** Headers for parking {@code failed} on a dead-letter topic because of {@code error}. */
    public static Headers of(ConsumerRecord<?, ?> failed, String stage, Exception error) {
        var headers = new RecordHeaders(failed.headers().toArray());
        EventHeaders.put(headers, REASON, error.getMessage() == null ? error.toString() : error.getMessage());
        EventHeaders.put(headers, ERROR, error.getClass().getName());
        EventHeaders.put(headers, STAGE, stage);
        EventHeaders.put(headers, TOPIC, failed.topic());
        EventHeaders.put(headers, PARTITION, Integer.toString(failed.partition()));
        EventHeaders.put(headers, OFFSET, Long.toString(failed.offset()));
        EventHeaders.put(headers, TIME, Instant.now().toString());
        return headers;
    }
}
