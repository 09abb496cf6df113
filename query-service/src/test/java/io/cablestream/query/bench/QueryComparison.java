package io.cablestream.query.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The query step of {@code ./cablestream bench} (run in its own JVM by the stack's benchmark, not a
 * test): the same searches through a running query-service over HTTP ({@link HttpSearch}) and with
 * {@link BareLuceneSearch} on that service's index folder, interleaved by {@link LoadRun}. Writes one
 * line per search, {@code <side> single <nanos>} or {@code <side> concurrent <nanos>}, and per side a
 * line {@code <side> window <nanos>} (how long its concurrent clients ran), where side is
 * {@code service} or {@code lucene}.
 */
public final class QueryComparison {

    private static final List<String> SIDES = List.of("service", "lucene");

    private QueryComparison() {
    }

    /**
     * Arguments: query-service's base URL, a file holding a bearer token, the service's index folder
     * (holding {@code cables/}), the queries file (one per line), concurrent clients, seconds of each
     * concurrent round, rounds, single-client searches, seconds of warm-up, output file.
     */
    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[2]);
        var run = new LoadRun(Files.readAllLines(Path.of(args[3])));
        int clients = Integer.parseInt(args[4]);
        Duration window = Duration.ofSeconds(Long.parseLong(args[5]));
        int rounds = Integer.parseInt(args[6]);
        int requests = Integer.parseInt(args[7]);
        Duration warmup = Duration.ofSeconds(Long.parseLong(args[8]));
        List<LoadRun.Latencies> sides;
        try (var service = new HttpSearch(URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/"),
                        Files.readString(Path.of(args[1])).strip());
                var lucene = new BareLuceneSearch(index.resolve("cables"))) {
            sides = run.compare(service::search, lucene::search, warmup, requests, clients, rounds, window);
        }
        try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[9])))) {
            for (int i = 0; i < SIDES.size(); i++) {
                String side = SIDES.get(i);
                LoadRun.Latencies latencies = sides.get(i);
                latencies.single().forEach(nanos -> out.println(side + " single " + nanos));
                latencies.concurrent().forEach(nanos -> out.println(side + " concurrent " + nanos));
                out.println(side + " window " + latencies.concurrentNanos());
            }
        }
    }
}
