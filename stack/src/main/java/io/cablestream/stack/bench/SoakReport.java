package io.cablestream.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Writes what {@link SoakBenchmark} measured as Markdown ({@value #FILE}) with its charts: the
 * exactly-once count check, the memory of every JVM (live heap, resident set and where it went) and
 * the cables waiting in front of each stage, each judged by {@link SoakCriteria}.
 */
record SoakReport(SoakBenchmark soak, long posted, Set<String> acknowledged, Latencies answers,
        Map<String, Long> refusals,
        TopicCount raw, TopicCount enriched, long indexed, SoakCriteria criteria, List<String> processes,
        LoadAverages load) {

    static final String FILE = "soak.md";
    private static final double MB = 1024 * 1024;
    private static final List<String> WAITING = List.of("ingest's acknowledgement", "parse", "enrich",
            "query (index)");

    /**
     * Whether every acknowledged cable was stored, and every stored cable enriched and indexed, exactly
     * once (cables stored although the client gave up waiting for their {@code 202} count as stored).
     */
    boolean exactlyOnce() {
        return raw.keys().containsAll(acknowledged) && raw.duplicates() == 0 && enriched.duplicates() == 0
                && enriched.keys().equals(raw.keys()) && indexed == raw.keys().size();
    }

    /** Acknowledged cables missing from {@code cables.raw.v1}. */
    long lost() {
        return acknowledged.stream().filter(id -> !raw.keys().contains(id)).count();
    }

    boolean memoryFlat() {
        return IntStream.range(0, processes.size()).allMatch(p -> criteria.memory(p).flat());
    }

    boolean lagBounded() {
        return IntStream.range(0, WAITING.size()).allMatch(stage -> criteria.lag(stage).bounded());
    }

    String verdict() {
        String counts = exactlyOnce() ? "every acknowledged cable stored, enriched and indexed exactly once"
                : "COUNTS DIFFER: acknowledged " + acknowledged.size() + ", lost " + lost() + ", raw " + raw.records()
                        + " (" + raw.keys().size() + " distinct), enriched " + enriched.records() + " ("
                        + enriched.keys().size() + " distinct), indexed " + indexed;
        return counts + "; memory " + (memoryFlat() ? "flat" : "NOT FLAT") + "; lag "
                + (lagBounded() ? "bounded" : "GROWING");
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        String at = " at " + soak.rate() + " cables/s";
        List<Chart.Series> rss = new ArrayList<>();
        List<Chart.Series> live = new ArrayList<>();
        for (int p = 0; p < processes.size(); p++) {
            int jvm = p;
            rss.add(series(processes.get(p), criteria.samples(), s -> s.jvms().get(jvm).rssBytes() / MB));
            live.add(series(processes.get(p), criteria.samples().stream()
                    .filter(s -> s.jvms().get(jvm).liveHeapBytes() >= 0).toList(),
                    s -> s.jvms().get(jvm).liveHeapBytes() / MB));
        }
        new Chart("Soak" + at + ": resident memory of each JVM", "seconds", "MB", rss)
                .write(out.resolve("soak-rss.png"));
        new Chart("Soak" + at + ": live heap of each JVM (after a full GC)", "seconds", "MB", live)
                .write(out.resolve("soak-heap.png"));
        List<Chart.Series> lag = new ArrayList<>();
        lag.add(series(WAITING.getFirst(), criteria.samples(), SoakSampler.Sample::unacknowledged));
        for (int s = 1; s < WAITING.size(); s++) {
            int stage = s;
            lag.add(series(WAITING.get(s), criteria.samples(), x -> x.waiting(stage)));
        }
        new Chart("Soak" + at + ": cables waiting in front of each stage", "seconds", "cables", lag)
                .write(out.resolve("soak-lag.png"));
        Files.writeString(out.resolve(FILE), markdown());
    }

    private static Chart.Series series(String name, List<SoakSampler.Sample> samples,
            ToDoubleFunction<SoakSampler.Sample> value) {
        return new Chart.Series(name, samples.stream().mapToDouble(SoakSampler.Sample::seconds).toArray(),
                samples.stream().mapToDouble(value).toArray());
    }

    private String markdown() {
        long seconds = soak.duration().toSeconds();
        var md = new StringBuilder(f("""
                # Soak

                `./cablestream bench --soak %ds --rate %d --ingest %s`, %s. Machine: %s.
                Load average (1 min): %s.

                %,d cables sent at %d per second for %d s, %s; sampled every 10 s, a full GC in each JVM
                every %d s to read its live heap. **%s.**

                ## Zero loss: exactly once

                | acknowledged | on cables.raw.v1 (distinct) | on cables.enriched.v1 (distinct) | searchable | acknowledged but lost | duplicated |
                |-------------:|----------------------------:|---------------------------------:|-----------:|----------------------:|-----------:|
                | %,d | %,d (%,d) | %,d (%,d) | %,d | %,d | %,d |

                Not acknowledged, in cables by answer: %s (a request without answer may still have been stored:
                such cables count as stored if they are on the topics and in the index exactly once). Ingest
                acknowledged a cable (its request's `202`) after %.0f ms at the median, %.0f ms at the 99th
                percentile, %.0f ms at most.

                ## Memory

                Warm-up: the first %.0f s are left out (JIT, heaps and caches growing to their working size). First
                window: %.0f–%.0f s; second half: %.0f–%.0f s. *Live heap* is the heap in use right after a full
                collection, judged by its troughs (the lowest reading of each whole %d s window after warm-up, counted
                back from the end): it is flat when the least-squares trend of the troughs grows by at most %d MB (or
                %d %% of their mean) over the length of the second half. *Resident memory* is flat when its maximum
                in the second half is at most %d MB (or %d %%) above its maximum in the first window.

                | JVM | live heap, lowest in first window → second half | trend of troughs over second half | RSS max, first window → second half | verdict |
                |-----|------------------------------------------------:|----------------------------------:|-----------------------------------:|---------|
                """, seconds, soak.rate(), soak.imports() ? "imports" : "posts",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Machine.describe(), load.summary(), posted,
                soak.rate(), seconds, soak.imports() ? "each second's cables as one NDJSON import (`POST /imports`)"
                        : "one by one (`POST /cables`)",
                SoakSampler.FULL_GC_EVERY * 10, verdict(), acknowledged.size(), raw.records(), raw.keys().size(),
                enriched.records(), enriched.keys().size(), indexed, lost(), raw.duplicates() + enriched.duplicates(),
                refusals.isEmpty() ? "none" : refusals, answers.percentileMillis(0.5), answers.percentileMillis(0.99),
                answers.percentileMillis(1), criteria.warmUp(), criteria.warmUp(), criteria.end() / 2,
                criteria.end() / 2, criteria.end(), SoakCriteria.TROUGH_WINDOW_SECONDS, SoakCriteria.LIVE_HEAP_SLACK_MB,
                SoakCriteria.PERCENT_SLACK,
                SoakCriteria.RSS_SLACK_MB, SoakCriteria.PERCENT_SLACK));
        for (int p = 0; p < processes.size(); p++) {
            var m = criteria.memory(p);
            md.append(f("| %s | %.1f → %.1f MB | %+.1f MB | %.0f → %.0f MB | %s |%n", processes.get(p),
                    m.liveFirstMb(), m.liveSecondMb(), m.liveGrowthMb(), m.rssFirstMb(), m.rssSecondMb(),
                    m.flat() ? "flat" : (m.liveFlat() ? "" : "live heap GROWING ") + (m.rssFlat() ? "" : "RSS GROWING")));
        }
        md.append("""

                Where resident memory went, from the first sample after warm-up to the last before the end of
                sending (RSS change, of which pages of mapped files, heap committed, non-heap, direct buffers), and
                each JVM's memory at the end:

                | JVM | RSS Δ | mapped files Δ | heap committed Δ | non-heap Δ | direct Δ | at the end: RSS (mapped files) | heap committed / max | non-heap | direct | mapped size |
                |-----|------:|---------------:|-----------------:|-----------:|---------:|-------------------------------:|---------------------:|---------:|-------:|------------:|
                """);
        var last = criteria.samples().getLast();
        for (int p = 0; p < processes.size(); p++) {
            var g = criteria.memory(p).growth();
            var jvm = last.jvms().get(p);
            var mem = jvm.memory();
            md.append(f("| %s | %+.0f MB | %+.0f MB | %+.0f MB | %+.0f MB | %+.0f MB | %.0f MB (%.0f MB) | %s | %s | %s | %s |%n",
                    processes.get(p), g.rss(), g.rssFile(), g.heapCommitted(), g.nonHeap(), g.direct(),
                    jvm.rssBytes() / MB, jvm.rssFileBytes() / MB,
                    mem == null ? "?" : f("%.0f / %.0f MB", mem.heapCommitted() / MB, mem.heapMax() / MB),
                    mem == null ? "?" : f("%.0f MB", mem.nonHeapUsed() / MB),
                    mem == null ? "?" : f("%.1f MB", mem.directBytes() / MB),
                    mem == null ? "?" : f("%.0f MB", mem.mappedBytes() / MB)));
        }
        md.append(f("""

                ## Lag

                Cables waiting in front of each stage (for ingest: sent and not acknowledged — not answered yet,
                or refused). Lag is bounded when
                the least-squares trend grows by at most %d s of ingest (%d cables, at least %d) over the second half.

                | waiting for | max in first window | max in second half | trend over second half | verdict |
                |-------------|--------------------:|-------------------:|-----------------------:|---------|
                """, SoakCriteria.LAG_SLACK_SECONDS, SoakCriteria.LAG_SLACK_SECONDS * soak.rate(),
                SoakCriteria.LAG_SLACK_CABLES));
        for (int s = 0; s < WAITING.size(); s++) {
            var lag = criteria.lag(s);
            md.append(f("| %s | %,d | %,d | %+.0f | %s |%n", WAITING.get(s), lag.maxFirst(), lag.maxSecond(),
                    lag.growth(), lag.bounded() ? "bounded" : "GROWING"));
        }
        md.append("""

                ![resident memory](soak-rss.png)

                ![live heap](soak-heap.png)

                ![cables waiting](soak-lag.png)
                """);
        return md.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
