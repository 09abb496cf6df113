package io.cablestream.parser.benchmarks;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RawCable;
import io.cablestream.parser.CableParser;
import io.cablestream.parser.CableRejectedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cables per second on one thread: each operation parses the next cable of the source, round
 * robin. Sources: {@code html-corpus}, the WikiLeaks pages under {@code $CABLES_CORPUS/wikileaks-html}
 * (format {@code html}, metadata table included), and {@code synthetic}, generated telegrams (format
 * {@code text}). Warm-up is long because on a loaded machine the thread gets only part of a core, and
 * the JIT compiler needs CPU time, not wall time, to finish.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ThroughputBenchmark {

    static final String HTML_CORPUS = "html-corpus";
    static final String SYNTHETIC = "synthetic";
    private static final int SYNTHETIC_CABLES = 1000;

    @Param({HTML_CORPUS, SYNTHETIC})
    public String source;

    private final CableParser parser = new CableParser();
    private List<RawCable> cables;
    private int[] sizes;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        cables = source.equals(HTML_CORPUS) ? htmlCorpus() : synthetic();
        sizes = cables.stream().mapToInt(raw -> raw.text().getBytes(StandardCharsets.UTF_8).length).toArray();
    }

    @Benchmark
    public ParsedCable parseOneCable(CpuCounters counters) {
        int at = next;
        next = at + 1 == cables.size() ? 0 : at + 1;
        ParsedCable parsed;
        try {
            parsed = parser.parse(cables.get(at));
        } catch (CableRejectedException e) {
            parsed = null;
        }
        counters.parsed(sizes[at]);
        return parsed;
    }

    private static List<RawCable> htmlCorpus() {
        String corpus = System.getenv("CABLES_CORPUS");
        if (corpus == null || corpus.isBlank()) {
            throw new IllegalStateException("set CABLES_CORPUS to the shared corpus folder to benchmark " + HTML_CORPUS);
        }
        try (Stream<Path> pages = Files.list(Path.of(corpus, "wikileaks-html"))) {
            return pages.filter(page -> page.toString().endsWith(".html")).sorted()
                    .map(page -> raw(page.getFileName().toString(), "html", read(page))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RawCable> synthetic() {
        List<String> telegrams = SyntheticCables.telegrams(SYNTHETIC_CABLES, 7);
        return telegrams.stream().map(text -> raw("synthetic", "text", text)).toList();
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawCable raw(String name, String format, String text) {
        return new RawCable(null, "benchmark", CableParser.contentHash(text), format, new CableSource(name, null), null,
                Instant.EPOCH, text);
    }
}
