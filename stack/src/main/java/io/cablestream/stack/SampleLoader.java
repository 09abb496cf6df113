package io.cablestream.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Sends synthetic cables to a running ingest-service, one {@code POST /cables} each. */
public final class SampleLoader {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SampleLoader() {
    }

    /** Posts every cable with {@code token} and returns how many were accepted (202); the first refusal is reported. */
    public static int load(String ingestUrl, String token, List<SampleCables.SampleCable> cables) {
        int accepted = 0;
        String firstRefusal = null;
        for (var cable : cables) {
            var request = HttpRequest.newBuilder(URI.create(ingestUrl + "/cables?source=sample"))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(cable.text()))
                    .build();
            try {
                var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    accepted++;
                } else if (firstRefusal == null) {
                    firstRefusal = cable.referenceId() + " (" + response.statusCode() + "): " + response.body();
                }
            } catch (IOException e) {
                throw new StackException("cannot reach ingest-service at " + ingestUrl + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while loading samples", e);
            }
        }
        if (firstRefusal != null) {
            System.err.println((cables.size() - accepted) + " sample cables were refused, the first: " + firstRefusal);
        }
        return accepted;
    }
}
