package io.cablestream.query.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The benchmark's search over HTTP: {@code GET /cables} with the query, the top 20 and the facets
 * of {@link BareLuceneSearch#FACETS}, as a bearer of the given token, over HTTP/1.1 with kept-alive
 * connections (like wrk and like browsers, which speak HTTP/2 only over TLS), failing on any answer but 200.
 */
final class HttpSearch {

    private static final String FACETS = String.join(",", BareLuceneSearch.FACETS);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String authorization;

    /**
     * @param base query-service's base URI, ending with a slash
     * @param token a bearer token that may search
     */
    HttpSearch(URI base, String token) {
        this.base = base;
        this.authorization = "Bearer " + token;
    }

    /** Runs {@code q}; returns the size of the answer. */
    long search(String q) throws IOException, InterruptedException {
        URI uri = base.resolve("cables?limit=20&facets=" + FACETS + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }
}
