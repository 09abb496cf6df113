package io.cablestream.contract.header;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} value. Ingest's publish span starts a cable's trace; each
 * stage continues it with a span of its own ({@link EventTracing}), so one cable's trip through the
 * topics shares one trace ID.
 */
public record TraceParent(String traceId, String spanId, String flags) {

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    public static TraceParent newRoot() {
        return new TraceParent(randomHex(16), randomHex(8), "01");
    }

    /** Parses a header value; a missing or malformed one starts a new trace. */
    public static TraceParent parseOrNew(String header) {
        return parse(header).orElseGet(TraceParent::newRoot);
    }

    /** Parses a header value; empty when it is missing or malformed. */
    public static Optional<TraceParent> parse(String header) {
        var m = header == null ? null : FORMAT.matcher(header);
        return m != null && m.matches() ? Optional.of(new TraceParent(m.group(1), m.group(2), m.group(3)))
                : Optional.empty();
    }

    /** The value naming {@code span} (an OpenTelemetry span context) as the parent. */
    public static TraceParent of(SpanContext span) {
        return new TraceParent(span.getTraceId(), span.getSpanId(), span.getTraceFlags().asHex());
    }

    /** This value as the remote parent of spans started from a received record. */
    public SpanContext toSpanContext() {
        return SpanContext.createFromRemoteParent(traceId, spanId, TraceFlags.fromHex(flags, 0), TraceState.getDefault());
    }

    public TraceParent child() {
        return new TraceParent(traceId, randomHex(8), flags);
    }

    @Override
    public String toString() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
