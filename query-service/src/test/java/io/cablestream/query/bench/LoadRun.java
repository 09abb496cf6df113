package io.cablestream.query.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Drives two ways of searching with the same queries, interleaved so that whatever else the
 * machine does weighs on both alike: one client alternating between them query by query (latency),
 * then several concurrent clients on one and then the other, in alternating rounds (throughput).
 */
final class LoadRun {

    /** One search, by whatever means is measured. */
    @FunctionalInterface
    interface Search {

        void run(String q) throws Exception;
    }

    /**
     * What one way of searching achieved.
     *
     * @param p50Millis median latency of one client
     * @param p99Millis 99th percentile latency of one client
     * @param queriesPerSecond throughput of the concurrent clients
     * @param concurrentP99Millis 99th percentile latency under the concurrent clients
     */
    record Result(double p50Millis, double p99Millis, double queriesPerSecond, double concurrentP99Millis) {
    }

    /**
     * The latencies one way of searching had, in nanoseconds, collected over the rounds.
     *
     * @param single the latencies of the single client
     * @param concurrent the latencies under the concurrent clients
     * @param concurrentNanos how long the concurrent clients ran, over all rounds
     */
    record Latencies(List<Long> single, List<Long> concurrent, long concurrentNanos) {

        Result result() {
            long[] one = sorted(single);
            long[] many = sorted(concurrent);
            return new Result(millis(percentile(one, 0.50)), millis(percentile(one, 0.99)),
                    many.length / (concurrentNanos / 1e9), millis(percentile(many, 0.99)));
        }
    }

    /** Latencies in nanoseconds and the time they took, collected over rounds. */
    private static final class Tally {

        private final List<Long> single = new ArrayList<>();
        private final List<Long> concurrent = new ArrayList<>();
        private long concurrentNanos;

        Latencies latencies() {
            return new Latencies(List.copyOf(single), List.copyOf(concurrent), concurrentNanos);
        }
    }

    private final List<String> queries;

    LoadRun(List<String> queries) {
        this.queries = queries;
    }

    /**
     * Warms both up for {@code warmup}, measures {@code requests} single-client searches on each,
     * then {@code rounds} rounds of {@code clients} concurrent clients for {@code window} on each.
     *
     * @return the latencies of {@code first} and {@code second}, in that order
     */
    List<Latencies> compare(Search first, Search second, Duration warmup, int requests, int clients, int rounds,
            Duration window) throws Exception {
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        for (int i = 0; System.nanoTime() < warmupEnd; i++) {
            first.run(queries.get(i % queries.size()));
            second.run(queries.get(i % queries.size()));
        }
        Tally a = new Tally();
        Tally b = new Tally();
        for (int i = 0; i < requests; i++) {
            String q = queries.get(i % queries.size());
            a.single.add(timed(first, q));
            b.single.add(timed(second, q));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int round = 0; round < rounds; round++) {
                concurrently(pool, first, clients, window, a);
                concurrently(pool, second, clients, window, b);
            }
        } finally {
            pool.shutdown();
        }
        return List.of(a.latencies(), b.latencies());
    }

    private void concurrently(ExecutorService pool, Search search, int clients, Duration window, Tally tally)
            throws Exception {
        long start = System.nanoTime();
        long end = start + window.toNanos();
        List<Future<List<Long>>> latencies = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * queries.size() / clients;
            latencies.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                    mine.add(timed(search, queries.get(i % queries.size())));
                }
                return mine;
            }));
        }
        for (Future<List<Long>> clientLatencies : latencies) {
            tally.concurrent.addAll(clientLatencies.get());
        }
        tally.concurrentNanos += System.nanoTime() - start;
    }

    private static long timed(Search search, String q) throws Exception {
        long start = System.nanoTime();
        search.run(q);
        return System.nanoTime() - start;
    }

    private static long[] sorted(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
