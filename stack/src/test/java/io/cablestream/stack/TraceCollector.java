package io.cablestream.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in OpenTelemetry collector for tests: accepts OTLP/HTTP protobuf exports on
 * {@code /v1/traces} and keeps their bodies, so a test can tell which service exported spans of
 * which trace without decoding protobuf (trace IDs are written as their 16 raw bytes, service names
 * as UTF-8 text).
 */
final class TraceCollector implements AutoCloseable {

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    TraceCollector() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/traces", exchange -> {
            try (exchange) {
                exports.add(exchange.getRequestBody().readAllBytes());
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    /** Settings that make a service export its spans here at once. */
    List<String> serviceProperties() {
        return List.of("quarkus.otel.sdk.disabled=false",
                "quarkus.otel.exporter.otlp.traces.protocol=http/protobuf",
                "quarkus.otel.exporter.otlp.traces.endpoint=http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.otel.bsp.schedule.delay=200ms");
    }

    /** Whether {@code service} exported a span of trace {@code traceId} named {@code spanName}. */
    boolean received(String service, String traceId, String spanName) {
        byte[] trace = HexFormat.of().parseHex(traceId);
        byte[] name = service.getBytes(StandardCharsets.UTF_8);
        byte[] span = spanName.getBytes(StandardCharsets.UTF_8);
        return exports.stream().anyMatch(body -> contains(body, name) && contains(body, trace) && contains(body, span));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
