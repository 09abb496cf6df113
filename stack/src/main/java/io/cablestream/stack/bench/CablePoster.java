package io.cablestream.stack.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends newly generated cables to ingest-service at a steady rate and tells of each one ingest
 * acknowledged: one by one ({@link SteadyPoster}) or a second's worth per import ({@link ImportPoster}).
 * Keeps the count of cables sent and of those refused, by ingest's answer.
 */
abstract class CablePoster {

    /** Told of each acknowledged cable, on an HTTP client thread. */
    @FunctionalInterface
    interface Acknowledged {

        void accept(String referenceId, long sentNanos, long ackNanos);
    }

    protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected final String ingestUrl;
    protected final String token;
    private final AtomicLong posted = new AtomicLong();
    private final Map<String, Long> refusals = new TreeMap<>();

    CablePoster(String ingestUrl, String token) {
        this.ingestUrl = ingestUrl;
        this.token = token;
    }

    /** Posts {@code perSecond} cables a second for {@code duration}, then waits for every answer. */
    abstract void run(int perSecond, Duration duration, long seed, Acknowledged acknowledged) throws Exception;

    /** Cables sent so far. */
    long posted() {
        return posted.get();
    }

    /** Cables not acknowledged, by ingest's answer ({@code no answer} for requests that got none). */
    Map<String, Long> refusals() {
        synchronized (refusals) {
            return new TreeMap<>(refusals);
        }
    }

    protected void sent(int cables) {
        posted.addAndGet(cables);
    }

    protected void refused(String answer, int cables) {
        synchronized (refusals) {
            refusals.merge(answer, (long) cables, Long::sum);
        }
    }
}
