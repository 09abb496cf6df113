package io.cablestream.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Freshness under steady load: new cables posted one by one to ingest-service at a fixed rate while
 * a subscriber listens to query-service's live feed ({@code GET /cables/live}, Server-Sent Events);
 * for each cable, the time from ingest's acknowledgement (the {@code 202} answer) to the moment
 * the feed announced it searchable.
 */
final class Freshness {

    /** What the run measured. */
    record Result(int posted, int acknowledged, int seen, Latencies ackToSearchable, Latencies ackLatency,
            HopTimes.Split hops) {
    }

    private static final Duration SETTLE = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String queryUrl;
    private final String token;
    private final String bootstrap;

    Freshness(String ingestUrl, String queryUrl, String token, String bootstrap) {
        this.bootstrap = bootstrap;
        this.ingestUrl = ingestUrl;
        this.queryUrl = queryUrl;
        this.token = token;
    }

    Result run(int perSecond, Duration duration, long seed) throws Exception {
        try (var hops = new HopTimes(bootstrap)) {
            return run(perSecond, duration, seed, hops);
        }
    }

    private Result run(int perSecond, Duration duration, long seed, HopTimes hops) throws Exception {
        Map<String, Long> acked = new ConcurrentHashMap<>();
        Map<String, Long> ackLatency = new ConcurrentHashMap<>();
        Map<String, Long> seen = new ConcurrentHashMap<>();
        var subscribed = new CompletableFuture<Void>();
        var feed = http.sendAsync(HttpRequest.newBuilder(URI.create(queryUrl + "/cables/live"))
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new LiveLines(seen, subscribed)));
        subscribed.get(30, TimeUnit.SECONDS);
        var poster = new SteadyPoster(ingestUrl, token);
        poster.run(perSecond, duration, seed, (id, sent, ack) -> {
            acked.put(id, ack);
            ackLatency.put(id, ack - sent);
        });
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!seen.keySet().containsAll(acked.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        feed.cancel(true);
        List<Long> freshness = new ArrayList<>();
        acked.forEach((id, ack) -> {
            Long arrived = seen.get(id);
            if (arrived != null) {
                freshness.add(Math.max(0, arrived - ack));
            }
        });
        return new Result((int) poster.posted(), acked.size(), freshness.size(), Latencies.of(freshness),
                Latencies.of(List.copyOf(ackLatency.values())), hops.split(acked, seen));
    }

    /** Reads the live feed's lines: notes the arrival time of each {@code cable} event's ID. */
    private static final class LiveLines implements java.util.concurrent.Flow.Subscriber<String> {

        private final Map<String, Long> seen;
        private final CompletableFuture<Void> subscribed;
        private String event = "";

        LiveLines(Map<String, Long> seen, CompletableFuture<Void> subscribed) {
            this.seen = seen;
            this.subscribed = subscribed;
        }

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            long now = System.nanoTime();
            if (line.startsWith("event:")) {
                event = line.substring(6).strip();
                if (event.equals("subscribed")) {
                    subscribed.complete(null);
                }
            } else if (line.startsWith("data:") && event.equals("cable")) {
                try {
                    JsonNode hit = Json.MAPPER.readTree(line.substring(5));
                    seen.putIfAbsent(hit.path("id").asText().toUpperCase(Locale.ROOT), now);
                } catch (IOException e) {
                    // not a hit; ignored
                }
            }
        }

        @Override
        public void onError(Throwable error) {
            subscribed.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            subscribed.completeExceptionally(new IOException("the live feed ended"));
        }
    }
}
