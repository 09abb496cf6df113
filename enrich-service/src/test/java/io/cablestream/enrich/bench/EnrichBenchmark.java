package io.cablestream.enrich.bench;

import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.topic.Topics;
import io.cablestream.enrich.Recognizers;
import io.cablestream.enrich.enricher.CableEnricher;
import io.cablestream.enrich.enricher.Enricher;
import io.cablestream.enrich.messaging.EnrichedEvent;
import io.cablestream.parser.CableInput;
import io.cablestream.parser.CableParser;
import io.cablestream.parser.CableReader;
import io.cablestream.parser.InputFormat;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The enrich throughput benchmark (a command, not a test): reads every page of {@code <corpus>/wikileaks-html},
 * then alternates timed rounds of the parse stage's work (parse a raw cable) and the enrich stage's work
 * (decode the parsed event, run every enricher, encode the enriched event), after warm-up rounds, on the calling
 * thread. Prints the median cables per second by wall clock and per CPU second of that thread, and the share of
 * each enricher. Run it pinned to one core: see docs/benchmarks.md, section "Enrich".
 *
 * <p>Arguments: {@code [corpus folder (default $CABLES_CORPUS)] [timed rounds (default 7)] [warm-up rounds (default 5)]}.
 */
public final class EnrichBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Round(double wallSeconds, double cpuSeconds) {
    }

    private EnrichBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : System.getenv("CABLES_CORPUS")).resolve("wikileaks-html");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 5;

        List<RawCable> raws = raws(corpus);
        var parser = new CableParser();
        List<byte[]> parsedEvents = raws.stream().map(raw -> Topics.PARSED.encode(parser.parse(raw))).toList();
        CableEnricher enricher = Recognizers.cableEnricher();
        long bytes = raws.stream().mapToLong(raw -> raw.text().length()).sum();
        System.out.printf("%d cables (%.1f MB of text) from %s%n", raws.size(), bytes / 1e6, corpus);
        System.out.printf("JVM %s %s, %d processor(s) available, max heap %d MB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        for (int i = 0; i < warmUps; i++) {
            parseRound(parser, raws);
            enrichRound(enricher, parsedEvents);
        }
        List<Round> parse = new ArrayList<>();
        List<Round> enrich = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            parse.add(parseRound(parser, raws));
            enrich.add(enrichRound(enricher, parsedEvents));
        }
        report("parse  (raw text -> ParsedCable)", parse, raws.size());
        report("enrich (decode, 7 enrichers, encode)", enrich, raws.size());
        shares(parsedEvents);
    }

    private static List<RawCable> raws(Path folder) throws IOException {
        List<RawCable> raws = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                CableReader.read(text, InputFormat.AUTO, file.getFileName().toString())
                        .filter(CableInput.class::isInstance).map(CableInput.class::cast).findFirst()
                        .ifPresent(input -> raws.add(new RawCable(null, "bench", CableParser.contentHash(input.text()),
                                input.format().id(), input.source(), input.metadata(), Instant.now(), input.text())));
            }
        }
        return raws;
    }

    private static Round parseRound(CableParser parser, List<RawCable> raws) {
        return timed(() -> raws.forEach(parser::parse));
    }

    private static Round enrichRound(CableEnricher enricher, List<byte[]> events) {
        return timed(() -> {
            for (byte[] event : events) {
                EnrichedCable enriched = enricher.enrich(Topics.PARSED.decode(event));
                EnrichedEvent.encode(enriched, event);
            }
        });
    }

    private static Round timed(Runnable work) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        work.run();
        return new Round((System.nanoTime() - wall) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    private static void report(String what, List<Round> rounds, int cables) {
        double[] wall = rounds.stream().mapToDouble(r -> cables / r.wallSeconds()).sorted().toArray();
        double[] cpu = rounds.stream().mapToDouble(r -> cables / r.cpuSeconds()).sorted().toArray();
        System.out.printf("%-38s median %6.0f cables/s wall (min %.0f, max %.0f), %6.0f cables per CPU-second%n", what,
                wall[wall.length / 2], wall[0], wall[wall.length - 1], cpu[cpu.length / 2]);
    }

    /** Median CPU time of each enricher alone over the corpus, as a share of their sum. */
    private static void shares(List<byte[]> events) {
        List<ParsedCable> cables = events.stream().map(Topics.PARSED::decode).toList();
        List<Enricher> enrichers = Recognizers.enrichers();
        double[] seconds = new double[enrichers.size()];
        for (int k = 0; k < enrichers.size(); k++) {
            Enricher enricher = enrichers.get(k);
            double[] rounds = new double[5];
            for (int r = 0; r < rounds.length; r++) {
                rounds[r] = timed(() -> cables.forEach(enricher::enrich)).cpuSeconds();
            }
            Arrays.sort(rounds);
            seconds[k] = rounds[rounds.length / 2];
        }
        double total = Arrays.stream(seconds).sum();
        for (int k = 0; k < enrichers.size(); k++) {
            System.out.printf("  %-10s %5.1f%%  %.3f ms per cable%n", enrichers.get(k).name(), 100 * seconds[k] / total,
                    1000 * seconds[k] / cables.size());
        }
    }
}
