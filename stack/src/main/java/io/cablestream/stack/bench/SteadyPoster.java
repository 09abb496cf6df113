package io.cablestream.stack.bench;

import io.cablestream.contract.json.Json;
import io.cablestream.stack.corpus.CorpusGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Posts newly generated cables one by one to ingest-service ({@code POST /cables}) at a steady
 * rate, without waiting for one answer before sending the next, and reports each acknowledgement
 * ({@code 202}) with the cable's reference ID and when it was sent and acknowledged.
 */
final class SteadyPoster extends CablePoster {

    SteadyPoster(String ingestUrl, String token) {
        super(ingestUrl, token);
    }

    @Override
    void run(int perSecond, Duration duration, long seed, Acknowledged acknowledged) throws Exception {
        long count = perSecond * duration.toSeconds();
        var generator = new CorpusGenerator(seed);
        var answers = new ConcurrentLinkedQueue<CompletableFuture<?>>();
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        var done = new CompletableFuture<Void>();
        scheduler.scheduleAtFixedRate(() -> {
            if (posted() >= count) {
                done.complete(null);
                return;
            }
            sent(1);
            String telegram = generator.next().telegram();
            long sent = System.nanoTime();
            answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(ingestUrl + "/cables"))
                    .header("Content-Type", "text/plain").header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(telegram)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).handle((response, error) -> {
                        long now = System.nanoTime();
                        if (error == null && response.statusCode() == 202) {
                            acknowledged.accept(referenceId(response.body()), sent, now);
                        } else {
                            String status = error == null ? Integer.toString(response.statusCode()) : "no answer";
                            refused(status, 1);
                        }
                        return null;
                    }));
        }, 0, 1_000_000_000L / perSecond, TimeUnit.NANOSECONDS);
        done.get();
        scheduler.shutdown();
        CompletableFuture.allOf(List.copyOf(answers).toArray(CompletableFuture[]::new)).join();
    }

    private static String referenceId(byte[] body) {
        try {
            return Json.MAPPER.readTree(body).path("referenceId").asText().toUpperCase(Locale.ROOT);
        } catch (IOException e) {
            return "";
        }
    }
}
