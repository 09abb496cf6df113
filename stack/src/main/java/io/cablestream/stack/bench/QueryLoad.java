package io.cablestream.stack.bench;

import io.cablestream.stack.corpus.CorpusGenerator;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Search load on query-service over HTTP: the benchmark's queries (words and phrases taken from the
 * generated cables, so they match few, many or most of them) with four facets and the top 20
 * highlighted — first warm-up, then one client, then several concurrent clients for a time window.
 */
final class QueryLoad {

    /** What a load run measured. */
    record Result(Latencies single, Latencies concurrent, double concurrentSeconds) {

        double queriesPerSecond() {
            return concurrent.count() / concurrentSeconds;
        }
    }

    static final String FACETS = "tag,origin,country,year";
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{6,}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String queryUrl;
    private final String token;

    QueryLoad(String queryUrl, String token) {
        this.queryUrl = queryUrl;
        this.token = token;
    }

    /** {@code count} queries from the words of generated cables: single words, two words, two-word phrases. */
    static List<String> queries(int count, long seed) {
        var generator = new CorpusGenerator(seed);
        var random = new Random(seed);
        List<String> queries = new ArrayList<>();
        while (queries.size() < count) {
            List<String> words = WORD.matcher(generator.next().body()).results().map(m -> m.group().toLowerCase())
                    .toList();
            if (words.size() < 2) {
                continue;
            }
            int at = random.nextInt(words.size() - 1);
            queries.add(switch (queries.size() % 3) {
                case 0 -> words.get(at);
                case 1 -> words.get(at) + " " + words.get(random.nextInt(words.size()));
                default -> "\"" + words.get(at) + " " + words.get(at + 1) + "\"";
            });
        }
        return queries;
    }

    Result run(List<String> queries, Duration warmup, int requests, int clients, Duration window) throws Exception {
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        for (int i = 0; System.nanoTime() < warmupEnd; i++) {
            search(queries.get(i % queries.size()));
        }
        List<Long> single = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            single.add(timed(queries.get(i % queries.size())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + window.toNanos();
        List<Future<List<Long>>> perClient = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * queries.size() / clients;
            perClient.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                    mine.add(timed(queries.get(i % queries.size())));
                }
                return mine;
            }));
        }
        List<Long> concurrent = new ArrayList<>();
        for (Future<List<Long>> latencies : perClient) {
            concurrent.addAll(latencies.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(Latencies.of(single), Latencies.of(concurrent), seconds);
    }

    private long timed(String q) throws Exception {
        long start = System.nanoTime();
        search(q);
        return System.nanoTime() - start;
    }

    private void search(String q) throws Exception {
        URI uri = URI.create(queryUrl + "/cables?limit=20&facets=" + FACETS + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }
}
