package io.cablestream.query.bench;

import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.KafkaBroker;
import io.cablestream.testsupport.TestTokens;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The feeder benchmark (not a test): what query-service's CPU costs per indexed cable, next to the
 * index limit on the same events. Publishes enriched events on {@code cables.enriched.v1} of an
 * in-JVM broker, as enrich-service does (transactions of 100 records), while the packaged
 * query-service, started over an empty index and ready before the first event, indexes them; its
 * CPU time ({@code /proc/<pid>/stat}) is read when it is ready and when its searches count every
 * cable, so start-up is left out and everything the service does per cable (consuming, decoding,
 * indexing, refreshes, merges, commits, the live feed) is in. Then {@link BareLuceneIndexing} indexes
 * the same events in a JVM of its own with the same flags. Run it with
 * {@code ./mvnw -B -o -pl query-service -am -Pfeeder-benchmark verify}; settings in {@link #main}.
 */
public final class FeederBenchmark {

    private static final long SEED = 20_101_128L;
    private static final int TRANSACTION = 100;
    private static final Duration INDEX_TIMEOUT = Duration.ofMinutes(30);
    private static final Pattern INDEXED = Pattern.compile("cables=(\\d+) seconds=([0-9.]+) cpuSeconds=([0-9.]+)");
    private static final Pattern APPLIED = Pattern.compile("\"applied\"\\s*:\\s*(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private FeederBenchmark() {
    }

    /**
     * Runs the benchmark. Settings: {@code bench.jar} (the packaged query-service, required),
     * {@code bench.dir} (work folder, emptied first), {@code bench.events} (a file of length-prefixed
     * {@code cables.enriched.v1} values as {@code ./cablestream bench} dumps them; by default 20,000
     * synthetic cables of the query benchmark), {@code bench.cables} (at most this many events),
     * {@code bench.rate} (events per second published, 0 for as fast as the broker takes them),
     * {@code bench.serviceJvmArgs} (JVM options of both measured JVMs, by default query-service's in the
     * local stack).
     */
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar"));
        Path dir = Path.of(System.getProperty("bench.dir", "target/feeder-bench")).toAbsolutePath();
        int most = Integer.getInteger("bench.cables", 20_000);
        int rate = Integer.getInteger("bench.rate", 0);
        List<String> jvmArgs = ServiceProcess.jvmArgs();
        QueryBenchmark.deleteRecursively(dir);
        Files.createDirectories(dir);
        String eventsSetting = System.getProperty("bench.events", "");
        Path events = eventsSetting.isBlank() ? synthetic(dir.resolve("events.bin"), most) : Path.of(eventsSetting);
        List<byte[]> values = read(events, most);
        Set<String> ids = new HashSet<>();
        for (byte[] value : values) {
            ids.add(Topics.ENRICHED.decode(value).cable().referenceId());
        }
        System.out.printf(Locale.ROOT, "%,d events (%,d cables, %.1f MB) from %s%n", values.size(), ids.size(),
                values.stream().mapToLong(v -> v.length).sum() / 1e6, events);

        double loadBefore = loadAverage();
        Feed feed;
        try (var broker = KafkaBroker.startWithContractTopics(3);
                var service = ServiceProcess.start(jar, dir.resolve("index"), broker.bootstrapServers(), jvmArgs,
                        dir.resolve("service.log"))) {
            service.awaitReady();
            feed = feed(broker.bootstrapServers(), service, values, ids.size(), rate);
        }
        double loadMiddle = loadAverage();
        LuceneRun bare = bareLucene(events, dir, jvmArgs, values.size());
        double loadAfter = loadAverage();
        report(values.size(), ids.size(), rate, jvmArgs, feed, bare, loadBefore, loadMiddle, loadAfter);
    }

    /** What the service spent on the events: wall time from the first publication to the last cable searchable. */
    private record Feed(double seconds, double cpuSeconds) {
    }

    /** What bare Lucene indexing spent on the same events. */
    private record LuceneRun(long cables, double seconds, double cpuSeconds) {
    }

    private static Feed feed(String bootstrap, ServiceProcess service, List<byte[]> values, int cables, int rate)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        double cpuStart = service.cpuSeconds();
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = KafkaClients.transactionalProducer(bootstrap, "bench-enrich",
                "bench-enrich-" + UUID.randomUUID(), Map.of())) {
            producer.initTransactions();
            for (int first = 0; first < values.size(); first += TRANSACTION) {
                if (rate > 0) {
                    long due = start + (long) (first * 1e9 / rate);
                    while (System.nanoTime() < due) {
                        Thread.sleep(1);
                    }
                }
                producer.beginTransaction();
                for (byte[] value : values.subList(first, Math.min(values.size(), first + TRANSACTION))) {
                    String id = Topics.ENRICHED.decode(value).cable().referenceId();
                    producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), null, id, value,
                            EventHeaders.of(Topics.ENRICHED, id, "enrich-service", TraceParent.newRoot(), null)));
                }
                producer.commitTransaction();
            }
        }
        long deadline = start + INDEX_TIMEOUT.toNanos();
        while (applied(http, service.base()) < values.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("query-service did not apply " + values.size() + " events within "
                        + INDEX_TIMEOUT);
            }
            Thread.sleep(100);
        }
        while (searchable(http, service.base()) < cables) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("query-service did not index " + cables + " cables within "
                        + INDEX_TIMEOUT);
            }
            Thread.sleep(50);
        }
        return new Feed((System.nanoTime() - start) / 1e9, service.cpuSeconds() - cpuStart);
    }

    /** The events the feeder applied, from the readiness check (cheaper to ask often than a search). */
    private static long applied(HttpClient http, URI base) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher applied = APPLIED.matcher(response.body());
        if (!applied.find()) {
            throw new IllegalStateException("readiness answered " + response.statusCode() + ": " + response.body());
        }
        return Long.parseLong(applied.group(1));
    }

    private static long searchable(HttpClient http, URI base) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("cables?limit=1"))
                .header("Authorization", TestTokens.bearer(TestTokens.admin())).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher total = TOTAL.matcher(response.body());
        if (response.statusCode() != 200 || !total.find()) {
            throw new IllegalStateException("search answered " + response.statusCode() + ": " + response.body());
        }
        return Long.parseLong(total.group(1));
    }

    private static LuceneRun bareLucene(Path events, Path dir, List<String> jvmArgs, int most) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BareLuceneIndexing.class.getName(),
                events.toString(), dir.resolve("bare-index").toString(), Integer.toString(most)));
        Path log = dir.resolve("bare-lucene-indexing.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("bare Lucene indexing failed; see " + log);
        }
        Matcher m = INDEXED.matcher(Files.readString(log));
        if (!m.find()) {
            throw new IllegalStateException("bare Lucene indexing printed no result; see " + log);
        }
        return new LuceneRun(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
    }

    private static Path synthetic(Path file, int cables) throws IOException {
        var corpus = new SyntheticCorpus(SEED);
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            for (int n = 0; n < cables; n++) {
                EnrichedCable cable = corpus.cable(n);
                byte[] value = Topics.ENRICHED.encode(cable);
                out.writeInt(value.length);
                out.write(value);
            }
        }
        return file;
    }

    private static List<byte[]> read(Path events, int most) throws IOException {
        List<byte[]> values = new ArrayList<>();
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(events), 1 << 20))) {
            while (values.size() < most) {
                try {
                    values.add(in.readNBytes(in.readInt()));
                } catch (EOFException e) {
                    break;
                }
            }
        }
        return values;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void report(int events, int cables, int rate, List<String> jvmArgs, Feed feed, LuceneRun bare,
            double loadBefore, double loadMiddle, double loadAfter) {
        double servicePerCpu = events / feed.cpuSeconds();
        double barePerCpu = bare.cables() / bare.cpuSeconds();
        System.out.printf(Locale.ROOT, """

                Feeder benchmark: %,d enriched events (%,d cables), published %s; JVM flags %s; %d CPUs, %s %s
                Load average (1 min): %.1f before, %.1f after the feeder, %.1f after bare Lucene

                | | seconds | cables/s | CPU seconds | cables per CPU second | CPU ms per cable |
                |---|---:|---:|---:|---:|---:|
                | query-service (Kafka → searchable) | %.1f | %,.0f | %.1f | %,.0f | %.2f |
                | index limit (bare Lucene, same code) | %.1f | %,.0f | %.1f | %,.0f | %.2f |
                | query-service / index limit | | | | %.0f %% | |
                %n""",
                events, cables, rate > 0 ? "at " + rate + " per second" : "as fast as the broker takes them",
                jvmArgs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), loadBefore, loadMiddle, loadAfter,
                feed.seconds(), events / feed.seconds(), feed.cpuSeconds(), servicePerCpu, 1000 / servicePerCpu,
                bare.seconds(), bare.cables() / bare.seconds(), bare.cpuSeconds(), barePerCpu, 1000 / barePerCpu,
                100 * servicePerCpu / barePerCpu);
    }
}
