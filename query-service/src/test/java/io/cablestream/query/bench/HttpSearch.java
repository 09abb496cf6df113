package io.cablestream.query.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The benchmark's search over HTTP: {@code GET /cables} with the query, the top 20 and the facets
 * of {@link BareLuceneSearch#FACETS}, as a bearer of the given token, over HTTP/1.1 with one kept-alive
 * connection per client thread (like wrk: a blocking socket, the request written in one piece, the status
 * line, headers and body read back), failing on any answer but 200 and on a body shorter than announced.
 * It costs the machine far less CPU a search than the JDK's {@code HttpClient}, which the two cores
 * shared by client and service would otherwise charge to query-service's side.
 */
final class HttpSearch implements AutoCloseable {

    private static final String FACETS = String.join(",", BareLuceneSearch.FACETS);
    private static final int TIMEOUT_MILLIS = 30_000;

    private final URI base;
    private final String authorization;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final List<Connection> opened = new CopyOnWriteArrayList<>();

    /**
     * @param base query-service's base URI, ending with a slash
     * @param token a bearer token that may search
     */
    HttpSearch(URI base, String token) {
        this.base = base;
        this.authorization = "Bearer " + token;
    }

    /** Runs {@code q}; returns the size of the answer. */
    long search(String q) throws IOException {
        String target = base.getPath() + "cables?limit=20&facets=" + FACETS + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8);
        Connection connection = connections.get();
        if (connection == null || connection.closed) {
            connection = new Connection(base);
            connections.set(connection);
            opened.add(connection);
        }
        byte[] request = ("GET " + target + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: "
                + authorization + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        Response response = connection.exchange(request);
        if (response.status != 200) {
            throw new IllegalStateException(target + " answered " + response.status + ": "
                    + new String(response.body, StandardCharsets.UTF_8));
        }
        return response.body.length;
    }

    @Override
    public void close() throws IOException {
        for (Connection connection : opened) {
            connection.close();
        }
    }

    /** An answer: its status and its whole body. */
    private record Response(int status, byte[] body) {
    }

    /** One kept-alive HTTP/1.1 connection, used by one thread at a time. */
    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private volatile boolean closed;

        Connection(URI base) throws IOException {
            socket = new Socket(base.getHost(), base.getPort() < 0 ? 80 : base.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }

        Response exchange(byte[] request) throws IOException {
            try {
                out.write(request);
                out.flush();
                String statusLine = line();
                String[] parts = statusLine.split(" ", 3);
                if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                    throw new IOException("not an HTTP/1.1 status line: " + statusLine);
                }
                int status = Integer.parseInt(parts[1]);
                long length = -1;
                boolean chunked = false;
                boolean keepAlive = true;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    int colon = header.indexOf(':');
                    String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    String value = header.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
                    switch (name) {
                        case "content-length" -> length = Long.parseLong(value);
                        case "transfer-encoding" -> chunked = value.contains("chunked");
                        case "connection" -> keepAlive = !value.contains("close");
                        default -> { }
                    }
                }
                byte[] body = chunked ? chunkedBody() : length >= 0 ? in.readNBytes((int) length) : in.readAllBytes();
                if (length >= 0 && body.length != length) {
                    throw new EOFException("answer ended after " + body.length + " of " + length + " bytes");
                }
                if (!keepAlive || (length < 0 && !chunked)) {
                    close();
                }
                return new Response(status, body);
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        private byte[] chunkedBody() throws IOException {
            var body = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                byte[] chunk = in.readNBytes(size);
                if (chunk.length != size) {
                    throw new EOFException("chunk ended after " + chunk.length + " of " + size + " bytes");
                }
                body.write(chunk);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
            return body.toByteArray();
        }

        private int chunkSize() throws IOException {
            String size = line();
            int extension = size.indexOf(';');
            return Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
        }

        /** One line of the head, without its CRLF. */
        private String line() throws IOException {
            var line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed in the middle of an answer's head");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() throws IOException {
            closed = true;
            socket.close();
        }
    }
}
