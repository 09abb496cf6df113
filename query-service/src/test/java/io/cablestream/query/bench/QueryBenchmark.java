package io.cablestream.query.bench;

import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.topic.Topics;
import io.cablestream.query.index.CableDocument;
import io.cablestream.query.index.CableIndex;
import io.cablestream.testsupport.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The query benchmark (not a test): builds a large synthetic index once, then measures the same
 * queries (four facets, highlighted top 20) through query-service over HTTP and through bare
 * Lucene in this process, interleaved ({@link LoadRun}), one client for latency and several
 * concurrent clients for throughput, and prints a Markdown table. Run it with {@code ./mvnw -B -o -pl query-service -Pbenchmark verify};
 * system properties {@code bench.*} (see {@link #main}) change its size.
 */
public final class QueryBenchmark {

    private static final long SEED = 20_101_128L;
    private static final String FACETS = String.join(",", BareLuceneSearch.FACETS);
    /**
     * The classes that decide what the searched index ({@code cables/}) holds: the cables, their documents and
     * analysis, and the writer's settings (codec, segments). A change to any of them makes the benchmark rebuild it.
     */
    private static final List<String> INDEX_CODE = List.of("bench/SyntheticCorpus", "index/CableDocument",
            "index/CableFields", "index/CableAnalyzer", "index/EnrichedFieldsReader", "index/Annotations",
            "index/IndexWriterSettings");

    private QueryBenchmark() {
    }

    /**
     * Runs the benchmark. Settings: {@code bench.jar} (the packaged query-service, required),
     * {@code bench.dir} (index folder, kept between runs and rebuilt when the index code changed),
     * {@code bench.log} (the service's log), {@code bench.cables} (251287),
     * {@code bench.queries} (200), {@code bench.requests} (single-client searches of each kind, 2000),
     * {@code bench.clients} (8), {@code bench.rounds} (6) of {@code bench.seconds} (5) per kind with
     * concurrent clients, {@code bench.warmup} (seconds, 20), {@code bench.serviceJvmArgs} (JVM options
     * of the service process).
     */
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar"));
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-index")).toAbsolutePath();
        Path log = Path.of(System.getProperty("bench.log", "target/bench-service.log")).toAbsolutePath();
        int cables = Integer.getInteger("bench.cables", 251_287);
        int requests = Integer.getInteger("bench.requests", 2_000);
        int clients = Integer.getInteger("bench.clients", 8);
        int rounds = Integer.getInteger("bench.rounds", 6);
        Duration window = Duration.ofSeconds(Integer.getInteger("bench.seconds", 5));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 20));
        List<String> serviceJvmArgs = ServiceProcess.jvmArgs();

        var corpus = new SyntheticCorpus(SEED);
        buildIndexIfMissing(corpus, dir, cables);
        var run = new LoadRun(corpus.queries(Integer.getInteger("bench.queries", 200)));

        List<LoadRun.Latencies> results;
        try (var process = ServiceProcess.start(jar, dir, serviceJvmArgs, log);
                var lucene = new BareLuceneSearch(dir.resolve("cables"));
                var http = new HttpSearch(process.base(), TestTokens.admin())) {
            results = run.compare(http::search, lucene::search, warmup, requests, clients, rounds, window);
        }
        report(cables, dir, clients, results.get(0).result(), results.get(1).result());
    }

    /**
     * Builds the index unless {@code dir} holds one of {@code cables} cables built by the same index code
     * (the digest of the class files of {@code INDEX_CODE}, kept in the marker file written last).
     */
    private static void buildIndexIfMissing(SyntheticCorpus corpus, Path dir, int cables) throws IOException {
        Path complete = dir.resolve("complete-" + cables);
        String code = indexCodeDigest();
        if (Files.exists(complete) && Files.readString(complete).equals(code)) {
            System.out.printf("Reusing the index of %d synthetic cables in %s%n", cables, dir);
            return;
        }
        deleteRecursively(dir);
        System.out.printf("Indexing %d synthetic cables into %s …%n", cables, dir);
        long start = System.nanoTime();
        try (var index = CableIndex.open(dir)) {
            for (int n = 0; n < cables; n++) {
                EnrichedCable cable = corpus.cable(n);
                index.upsert(CableDocument.of(Topics.ENRICHED.encode(cable)));
                if ((n + 1) % 50_000 == 0) {
                    System.out.printf("  %d cables, %.0f s%n", n + 1, (System.nanoTime() - start) / 1e9);
                }
            }
            index.commit(Map.of());
        }
        Files.writeString(complete, code);
        System.out.printf("Indexed in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static String indexCodeDigest() throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String type : INDEX_CODE) {
            try (InputStream in = QueryBenchmark.class.getResourceAsStream("/io/cablestream/query/" + type + ".class")) {
                digest.update(in.readAllBytes());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void report(int cables, Path dir, int clients, LoadRun.Result service, LoadRun.Result bare)
            throws IOException {
        System.out.printf(Locale.ROOT, """

                Query benchmark: %d synthetic cables, index %.1f GB (cables %.1f GB), %d CPUs (%s), %s %s
                Search: q over subject and body, facets %s (top 10 each), top 20 highlighted

                | | single client p50 | single client p99 | %d clients: queries/s | %d clients: p99 |
                |---|---|---|---|---|
                | query-service (HTTP) | %.1f ms | %.1f ms | %.0f | %.1f ms |
                | bare Lucene (in-process) | %.1f ms | %.1f ms | %.0f | %.1f ms |
                | query-service / bare Lucene | | | %.0f %% | |
                %n""",
                cables, size(dir) / 1e9, size(dir.resolve("cables")) / 1e9, Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.vm.name"), System.getProperty("java.version"), FACETS, clients,
                clients, service.p50Millis(), service.p99Millis(), service.queriesPerSecond(),
                service.concurrentP99Millis(), bare.p50Millis(), bare.p99Millis(), bare.queriesPerSecond(),
                bare.concurrentP99Millis(), 100 * service.queriesPerSecond() / bare.queriesPerSecond());
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.exists(cpuinfo)) {
            return System.getProperty("os.arch");
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(System.getProperty("os.arch"));
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
