package io.cablestream.contract.header;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} value. Ingest starts a trace per cable; each stage
 * continues it with a new span, so one cable's trip through the topics shares one trace ID.
 */
public record TraceParent(String traceId, String spanId, String flags) {

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    public static TraceParent newRoot() {
        return new TraceParent(randomHex(16), randomHex(8), "01");
    }

    /** Parses a header value; a missing or malformed one starts a new trace. */
    public static TraceParent parseOrNew(String header) {
        var m = header == null ? null : FORMAT.matcher(header);
        return m != null && m.matches() ? new TraceParent(m.group(1), m.group(2), m.group(3)) : newRoot();
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
