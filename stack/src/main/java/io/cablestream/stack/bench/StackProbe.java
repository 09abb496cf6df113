package io.cablestream.stack.bench;

import io.cablestream.contract.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reads how far each stage of a running stack has come, from the services' own figures: cables
 * parse-service and enrich-service published ({@code cablestream_stage_records_total{outcome="out"}}
 * on {@code /q/metrics}) and cables query-service can search. A figure that cannot
 * be read is {@code -1}.
 */
final class StackProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String parseUrl;
    private final String enrichUrl;
    private final String queryUrl;
    private final String token;

    StackProbe(String parseUrl, String enrichUrl, String queryUrl, String token) {
        this.parseUrl = parseUrl;
        this.enrichUrl = enrichUrl;
        this.queryUrl = queryUrl;
        this.token = token;
    }

    long parsed() {
        return stageOut(parseUrl);
    }

    long enriched() {
        return stageOut(enrichUrl);
    }

    /** Cables searchable now (the total of a search matching everything: cheaper than {@code /stats}). */
    long indexed() {
        try {
            return Json.MAPPER.readTree(get(queryUrl + "/cables?limit=1", token)).path("total").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long stageOut(String baseUrl) {
        try {
            long total = 0;
            for (String line : get(baseUrl + "/q/metrics", null).split("\n")) {
                if (line.startsWith("cablestream_stage_records_total{") && line.contains("outcome=\"out\"")) {
                    total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return total;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String get(String url, String token) throws IOException {
        try {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
