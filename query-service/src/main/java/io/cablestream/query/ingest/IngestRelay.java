package io.cablestream.query.ingest;

import io.cablestream.query.config.QueryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * Reads import progress from ingest-service ({@code GET /imports...} at {@code ingest-service.url}) on
 * behalf of the web UI, which may only talk to its own origin. The caller's {@code Authorization} header
 * goes along, so ingest decides what the caller may see; ingest's answer comes back unchanged.
 */
@ApplicationScoped
public class IngestRelay {

    private final QueryConfig.IngestService ingest;
    private final HttpClient http;

    IngestRelay(QueryConfig config) {
        this.ingest = config.ingestService();
        this.http = HttpClient.newBuilder().connectTimeout(ingest.timeout()).build();
    }

    /**
     * ingest-service's answer to a GET.
     *
     * @param status the HTTP status
     * @param contentType its {@code Content-Type}, or {@code null}
     * @param body the body
     */
    public record Answer(int status, String contentType, byte[] body) {
    }

    /**
     * GETs {@code path} (with its raw query, if any) from ingest-service.
     *
     * @param authorization the caller's {@code Authorization} header, or {@code null}
     * @throws IngestUnavailableException when ingest is not configured, unreachable or too slow
     */
    public Answer get(String path, String rawQuery, String authorization) {
        URI base = ingest.url().orElseThrow(() -> new IngestUnavailableException(503, "Import progress comes from "
                + "ingest-service, and cablestream.query.ingest-service.url is not set: set it to ingest's base URL, "
                + "e.g. http://localhost:8081"));
        URI uri = base.resolve(rawQuery == null || rawQuery.isEmpty() ? path : path + "?" + rawQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(ingest.timeout())
                .header("Accept", "application/json").GET();
        if (authorization != null && !authorization.isBlank()) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (HttpTimeoutException e) {
            throw new IngestUnavailableException(504, "ingest-service at " + base + " did not answer " + path
                    + " within " + ingest.timeout().toSeconds() + " s; try again, or check that it is running");
        } catch (IOException e) {
            throw new IngestUnavailableException(502, "ingest-service at " + base + " cannot be reached (" + e
                    + "); check that it is running and that cablestream.query.ingest-service.url points to it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestUnavailableException(503, "interrupted while asking ingest-service at " + base);
        }
    }
}
