package io.cablestream.query.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stands in for ingest-service's {@code GET /imports} and {@code GET /imports/{id}} on a free port:
 * knows import {@code imp-1}, answers a problem for others, and keeps the last request's
 * {@code Authorization} header and query. Points query-service at it with a one-second timeout; import
 * {@code imp-slow} answers after three seconds.
 */
public class FakeIngestService implements QuarkusTestResourceLifecycleManager {

    static final String STATUS = "{\"importId\":\"imp-1\",\"status\":\"done\",\"accepted\":3,\"indexed\":3}";
    static final AtomicReference<String> LAST_AUTHORIZATION = new AtomicReference<>();
    static final AtomicReference<String> LAST_QUERY = new AtomicReference<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/imports", this::answer);
        server.start();
        return Map.of("cablestream.query.ingest-service.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "cablestream.query.ingest-service.timeout", "1s");
    }

    private void answer(HttpExchange exchange) throws IOException {
        LAST_AUTHORIZATION.set(exchange.getRequestHeaders().getFirst("Authorization"));
        LAST_QUERY.set(exchange.getRequestURI().getRawQuery());
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/imports/imp-slow")) {
            sleep();
        }
        boolean known = path.equals("/imports") || path.equals("/imports/imp-1");
        String body = path.equals("/imports") ? "[" + STATUS + "]" : known ? STATUS
                : "{\"type\":\"https://cablestream.io/problems/unknown-import\",\"status\":404,\"detail\":\"there is no "
                        + "import '" + path.substring(path.lastIndexOf('/') + 1) + "'\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", known ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(known ? 200 : 404, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
