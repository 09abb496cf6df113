package io.cablestream.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.json.Json;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The calls {@code cablestream import} makes to ingest-service: open an import into a collection, send
 * a file into it (counting the bytes sent), close it, and read its progress; each with the caller's
 * access token.
 */
public final class IngestClient {

    /** An HTTP answer: its status, its {@code Retry-After} seconds (or -1) and its JSON body. */
    public record Answer(int status, long retryAfterSeconds, JsonNode body) {

        public boolean isSuccess() {
            return status / 100 == 2;
        }

        /** The problem document's detail, or the body. */
        public String detail() {
            return body.hasNonNull("detail") ? body.path("detail").asText() : body.toString();
        }
    }

    /** Types ingest reads by name; anything else is sent as octet-stream and recognised by its content. */
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "csv", "text/csv", "ndjson", "application/x-ndjson", "jsonl", "application/x-ndjson",
            "html", "text/html", "htm", "text/html", "txt", "text/plain");

    private final String baseUrl;
    private final String token;
    private final String collection;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param token the access token sent as bearer token, or {@code null} for none
     * @param collection the collection imports go into
     */
    public IngestClient(String baseUrl, String token, String collection) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.token = token;
        this.collection = collection;
    }

    String baseUrl() {
        return baseUrl;
    }

    public Answer open(String name) throws IOException, InterruptedException {
        byte[] body = Json.MAPPER.writeValueAsBytes(Map.of("name", name, "via", "cli"));
        return send(request("/imports?collection=" + URLEncoder.encode(collection, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Sends one file into the import, adding every byte sent to {@code sent}. */
    public Answer sendFile(String importId, Path file, String name, String format, AtomicLong sent)
            throws IOException, InterruptedException {
        String query = "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&format=" + format;
        var body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return counted(Files.newInputStream(file), sent);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }), Files.size(file));
        return send(request("/imports/" + importId + "/files" + query).header("Content-Type", contentTypeOf(name))
                .timeout(Duration.ofHours(12)).POST(body).build());
    }

    public Answer close(String importId) throws IOException, InterruptedException {
        return send(request("/imports/" + importId + "/close").POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public Answer status(String importId) throws IOException, InterruptedException {
        return send(request("/imports/" + importId).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body = response.body().length == 0 ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(response.body());
        long retryAfter = response.headers().firstValueAsLong("Retry-After").orElse(-1);
        return new Answer(response.statusCode(), retryAfter, body);
    }

    static String contentTypeOf(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static InputStream counted(InputStream in, AtomicLong sent) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    sent.addAndGet(n);
                }
                return n;
            }
        };
    }
}
