package io.cablestream.ingest;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for query-service's {@code GET /imports/{id}/indexed} on a free port: answers the count
 * a test set with {@link #setIndexed}, 404 for other imports, and 401 (as query-service does) to requests
 * without a bearer token. Points ingest at it.
 */
public class FakeQueryService implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, Long> INDEXED = new ConcurrentHashMap<>();
    private HttpServer server;

    public static void setIndexed(String importId, long indexed) {
        INDEXED.put(importId, indexed);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/imports/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            String[] path = exchange.getRequestURI().getPath().split("/");
            Long indexed = path.length == 4 && path[3].equals("indexed") ? INDEXED.get(path[2]) : null;
            byte[] body = indexed == null ? new byte[0]
                    : ("{\"importId\":\"" + path[2] + "\",\"indexed\":" + indexed + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(indexed == null ? 404 : 200, indexed == null ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return Map.of("cablestream.ingest.query-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
