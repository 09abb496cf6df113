package io.cablestream.stack.bench;

import io.cablestream.stack.JavaCommand;
import io.cablestream.stack.LocalStack;
import io.cablestream.stack.Ports;
import io.cablestream.stack.StackSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The stack a benchmark measures: the same broker and four services as {@code ./cablestream up}
 * (same heaps and settings), but on free ports and in a data folder of its own that is emptied
 * first, so it neither disturbs nor is disturbed by a stack already running on this machine.
 */
final class BenchStack implements AutoCloseable {

    /** The JVMs of the stack, broker first. */
    static final List<String> PROCESSES = List.of(LocalStack.KAFKA, "ingest-service", "parse-service",
            "enrich-service", "query-service");

    private final LocalStack stack;
    private final Path dataDir;
    private final String token;

    private BenchStack(LocalStack stack, Path dataDir) {
        this.stack = stack;
        this.dataDir = dataDir;
        this.token = stack.adminToken(Duration.ofDays(2));
    }

    /** An admin token the stack's services accept, for every call the benchmarks make. */
    String token() {
        return token;
    }

    static BenchStack start(Path home, Path dataDir) throws IOException {
        deleteRecursively(dataDir);
        var settings = new StackSettings(home, dataDir, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), 0);
        return new BenchStack(LocalStack.start(settings, JavaCommand.forHome(home)), dataDir);
    }

    LocalStack stack() {
        return stack;
    }

    String bootstrap() {
        return stack.settings().bootstrapServers();
    }

    Path queryIndexDir() {
        return dataDir.resolve("query-index");
    }

    String url(String service) {
        var settings = stack.settings();
        int port = switch (service) {
            case "ingest-service" -> settings.ingestPort();
            case "parse-service" -> settings.parsePort();
            case "enrich-service" -> settings.enrichPort();
            case "query-service" -> settings.queryPort();
            default -> throw new IllegalArgumentException(service);
        };
        return "http://127.0.0.1:" + port;
    }

    StackProbe probe() {
        return new StackProbe(url("parse-service"), url("enrich-service"), url("query-service"), token);
    }

    /** Process IDs of the stack's JVMs, by name, broker first. */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        PROCESSES.forEach(name -> pids.put(name, stack.process(name).pid()));
        return pids;
    }

    /** Peak resident memory of each JVM so far, by name. */
    Map<String, Long> peakRss() {
        Map<String, Long> peaks = new LinkedHashMap<>();
        pids().forEach((name, pid) -> peaks.put(name, ProcStat.peakRssBytes(pid)));
        return peaks;
    }

    @Override
    public void close() {
        stack.close();
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
