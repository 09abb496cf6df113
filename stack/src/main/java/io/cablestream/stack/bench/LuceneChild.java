package io.cablestream.stack.bench;

import io.cablestream.stack.JavaCommand;
import io.cablestream.stack.ManagedProcess;
import io.cablestream.stack.StackException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs query-service's bare-Lucene benchmark programs ({@code BareLuceneIndexing},
 * {@code BareLuceneLoad} in its test sources) in a JVM of their own, with query-service's compiled
 * classes and runtime libraries — so the limits use query-service's own schema and code, not a copy.
 */
final class LuceneChild {

    /** The index limit: how fast query-service's index code takes the documents on one thread. */
    record IndexResult(long cables, double seconds, double cpuSeconds) {

        double cablesPerSecond() {
            return cables / seconds;
        }
    }

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

    /** The same searches with bare Lucene on query-service's index folder. */
    QueryLoad.Result search(Path indexDir, Path queries, int clients, Duration window, int requests, Duration warmup)
            throws IOException {
        Path out = logs.resolve("bare-lucene-latencies.txt");
        run("bare-lucene-load", logs.resolve("bare-lucene-load.log"), Duration.ofMinutes(30),
                "io.cablestream.query.bench.BareLuceneLoad", indexDir.toString(), queries.toString(),
                Integer.toString(clients), Long.toString(window.toSeconds()), Integer.toString(requests),
                Long.toString(warmup.toSeconds()), out.toString());
        List<Long> single = new ArrayList<>();
        List<Long> concurrent = new ArrayList<>();
        double seconds = 0;
        for (String line : Files.readAllLines(out)) {
            String[] parts = line.split(" ");
            long nanos = Long.parseLong(parts[1]);
            switch (parts[0]) {
                case "single" -> single.add(nanos);
                case "concurrent" -> concurrent.add(nanos);
                default -> seconds = nanos / 1e9;
            }
        }
        return new QueryLoad.Result(Latencies.of(single), Latencies.of(concurrent), seconds);
    }

    private void run(String name, Path log, Duration timeout, String main, String... args) {
        ManagedProcess.runToCompletion(name, java.command(List.of("-Xmx1g"), main, args), home, log, timeout);
    }
}
