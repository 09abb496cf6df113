package io.cablestream.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on the loopback interface that counts the requests it gets, for hostile-input tests: the URL of
 * an external entity or link that nothing may fetch. Each request is answered with {@link #SECRET}, so fetched
 * content also shows where it ends up.
 */
public final class FetchTrap implements AutoCloseable {

    /** The body of every answer. */
    public static final String SECRET = "FETCHED-SECRET";

    private final HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();

    private FetchTrap(HttpServer server) {
        this.server = server;
    }

    /** Starts a trap on a free port. */
    public static FetchTrap start() throws IOException {
        var trap = new FetchTrap(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        trap.server.createContext("/", exchange -> {
            trap.fetches.incrementAndGet();
            byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, secret.length);
            exchange.getResponseBody().write(secret);
            exchange.close();
        });
        trap.server.start();
        return trap;
    }

    /** The URL of {@code path} (starting with {@code /}) on the trap. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How many requests arrived so far. */
    public int fetches() {
        return fetches.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
