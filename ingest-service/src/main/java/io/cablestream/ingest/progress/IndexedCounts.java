package io.cablestream.ingest.progress;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.json.Json;
import io.cablestream.ingest.config.IngestConfig;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Asks query-service how many cables of an import it has indexed ({@code GET /imports/{id}/indexed}
 * answering {@code {"importId", "indexed"}}), with the access token of the request being answered
 * (query-service counts the import's cables in that token's collections), or outside requests (the
 * inbox) with {@code cablestream.ingest.query-service.token}. When query-service is not configured,
 * unreachable or answers anything else, the count is unknown and the reason says why; progress then
 * stops at {@code enriched}.
 */
@ApplicationScoped
public class IndexedCounts {

    /** The indexed count, or {@code null} with the reason it is unknown. */
    public record Answer(Long indexed, String unknownBecause) {
    }

    private final IngestConfig.QueryService queryService;
    private final HttpClient http;
    private final Instance<JsonWebToken> callerToken;

    IndexedCounts(IngestConfig config, Instance<JsonWebToken> callerToken) {
        this.queryService = config.queryService();
        this.callerToken = callerToken;
        this.http = HttpClient.newBuilder().connectTimeout(queryService.timeout()).build();
    }

    public Answer indexed(String importId) {
        if (queryService.url().isEmpty()) {
            return new Answer(null, "indexed count unknown: cablestream.ingest.query-service.url is not set");
        }
        URI base = queryService.url().get();
        URI uri = base.resolve("/imports/" + URLEncoder.encode(importId, StandardCharsets.UTF_8) + "/indexed");
        try {
            var request = HttpRequest.newBuilder(uri).timeout(queryService.timeout()).GET();
            token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return new Answer(null, "indexed count unknown: query-service answered " + response.statusCode()
                        + " at " + uri);
            }
            JsonNode body = Json.MAPPER.readTree(response.body());
            if (!body.path("indexed").canConvertToLong()) {
                return new Answer(null, "indexed count unknown: query-service's answer at " + uri + " has no 'indexed'");
            }
            return new Answer(body.path("indexed").asLong(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "indexed count unknown: interrupted");
        } catch (Exception e) {
            return new Answer(null, "indexed count unknown: query-service unreachable at " + base + " (" + e + ")");
        }
    }

    private Optional<String> token() {
        if (Arc.container().requestContext().isActive()) {
            String raw = callerToken.get().getRawToken();
            if (raw != null) {
                return Optional.of(raw);
            }
        }
        return queryService.token();
    }
}
