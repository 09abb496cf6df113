package io.cablestream.query.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The bare-Lucene side of {@code ./cablestream bench}'s query figures (run in its own JVM by the
 * stack's benchmark, not a test): the {@link BareLuceneSearch} over query-service's index folder,
 * first warm-up, then one client, then several concurrent clients for a time window, with the
 * queries the benchmark sent to query-service. Writes one line per search ({@code single <nanos>}
 * or {@code concurrent <nanos>}) and a last line {@code window <nanos>} to the output file.
 */
public final class BareLuceneLoad {

    private BareLuceneLoad() {
    }

    /** Arguments: index folder (query-service's, holding {@code cables/}), queries file (one per line),
     * clients, seconds of concurrent load, single-client searches, seconds of warm-up, output file. */
    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        List<String> queries = Files.readAllLines(Path.of(args[1]));
        int clients = Integer.parseInt(args[2]);
        long windowNanos = Long.parseLong(args[3]) * 1_000_000_000L;
        int requests = Integer.parseInt(args[4]);
        long warmupEnd = System.nanoTime() + Long.parseLong(args[5]) * 1_000_000_000L;
        try (var lucene = new BareLuceneSearch(index.resolve("cables"));
                var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[6])))) {
            for (int i = 0; System.nanoTime() < warmupEnd; i++) {
                lucene.search(queries.get(i % queries.size()));
            }
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                lucene.search(queries.get(i % queries.size()));
                out.println("single " + (System.nanoTime() - start));
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            long end = start + windowNanos;
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * queries.size() / clients;
                results.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = offset; System.nanoTime() < end; i++) {
                        long t = System.nanoTime();
                        lucene.search(queries.get(i % queries.size()));
                        mine.add(System.nanoTime() - t);
                    }
                    return mine;
                }));
            }
            for (Future<List<Long>> result : results) {
                result.get().forEach(nanos -> out.println("concurrent " + nanos));
            }
            out.println("window " + (System.nanoTime() - start));
            pool.shutdown();
        }
    }
}
