package io.cablestream.stack.bench;

import io.cablestream.stack.JavaCommand;
import io.cablestream.stack.LocalStack;
import io.cablestream.stack.ManagedProcess;
import io.cablestream.stack.StackException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs query-service's bare-Lucene benchmark programs ({@code BareLuceneIndexing},
 * {@code QueryComparison} in its test sources) in a JVM of their own, with query-service's compiled
 * classes and runtime libraries and query-service's heap — so the limits use query-service's own
 * schema and code, not a copy.
 */
final class LuceneChild {

    /** The index limit: how fast query-service's index code takes the documents on one thread. */
    record IndexResult(long cables, double seconds, double cpuSeconds) {

        double cablesPerSecond() {
            return cables / seconds;
        }
    }

    private static final long ROUND_SECONDS = 5;
    private static final Pattern INDEXED = Pattern.compile(
            "cables=(\\d+) seconds=([0-9.]+) cpuSeconds=([0-9.]+)");

    private final Path home;
    private final JavaCommand java;
    private final Path logs;

    LuceneChild(Path home, String javaBinary, Path logs) {
        this.home = home;
        Path query = home.resolve("query-service/target");
        for (Path required : List.of(query.resolve("classes"), query.resolve("test-classes"),
                query.resolve("quarkus-app/lib/main"))) {
            if (!Files.isDirectory(required)) {
                throw new StackException(required + " is missing: build first (./mvnw -B package -DskipTests)");
            }
        }
        this.java = new JavaCommand(javaBinary, String.join(File.pathSeparator, query.resolve("test-classes").toString(),
                query.resolve("classes").toString(), query.resolve("quarkus-app/lib/main") + File.separator + "*"));
        this.logs = logs;
    }

    IndexResult index(Path events, Path indexDir) throws IOException {
        Path log = logs.resolve("bare-lucene-indexing.log");
        Files.deleteIfExists(log);
        run("bare-lucene-indexing", log, Duration.ofHours(2), "io.cablestream.query.bench.BareLuceneIndexing",
                events.toString(), indexDir.toString());
        Matcher m = INDEXED.matcher(Files.readString(log));
        if (!m.find()) {
            throw new StackException("bare Lucene indexing printed no result; see " + log);
        }
        return new IndexResult(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)));
    }

    /**
     * The same searches through query-service over HTTP and with bare Lucene on its index folder,
     * interleaved: one client alternating between the two, then rounds of {@value #ROUND_SECONDS} s of
     * concurrent clients on one and then the other, until each had {@code window}.
     *
     * @return query-service's result, then bare Lucene's
     */
    List<QueryLoad.Result> compare(String queryUrl, Path tokenFile, Path indexDir, Path queries, int clients,
            Duration window, int requests, Duration warmup) throws IOException {
        Path out = logs.resolve("query-latencies.txt");
        long rounds = Math.max(1, window.toSeconds() / ROUND_SECONDS);
        run("query-comparison", logs.resolve("query-comparison.log"), Duration.ofMinutes(30),
                "io.cablestream.query.bench.QueryComparison", queryUrl, tokenFile.toString(), indexDir.toString(),
                queries.toString(), Integer.toString(clients), Long.toString(ROUND_SECONDS), Long.toString(rounds),
                Integer.toString(requests), Long.toString(warmup.toSeconds()), out.toString());
        Map<String, List<Long>> latencies = new HashMap<>();
        Map<String, Double> seconds = new HashMap<>();
        for (String line : Files.readAllLines(out)) {
            String[] parts = line.split(" ");
            long nanos = Long.parseLong(parts[2]);
            if (parts[1].equals("window")) {
                seconds.put(parts[0], nanos / 1e9);
            } else {
                latencies.computeIfAbsent(parts[0] + " " + parts[1], key -> new ArrayList<>()).add(nanos);
            }
        }
        return List.of(result(latencies, seconds, "service"), result(latencies, seconds, "lucene"));
    }

    private static QueryLoad.Result result(Map<String, List<Long>> latencies, Map<String, Double> seconds, String side) {
        return new QueryLoad.Result(Latencies.of(latencies.getOrDefault(side + " single", List.of())),
                Latencies.of(latencies.getOrDefault(side + " concurrent", List.of())), seconds.getOrDefault(side, 0.0));
    }

    private void run(String name, Path log, Duration timeout, String main, String... args) {
        ManagedProcess.runToCompletion(name, java.command(List.of("-Xmx" + LocalStack.QUERY_HEAP), main, args), home, log,
                timeout);
    }
}
