package io.cablestream.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Writes what {@link SoakBenchmark} measured as Markdown ({@value #FILE}) with its charts: memory of
 * every JVM and cables in flight over time, and the exactly-once count check.
 */
record SoakReport(Duration duration, int rate, long posted, Set<String> acknowledged, Map<String, Long> refusals,
        TopicCount raw,
        TopicCount enriched, long indexed, List<Sampler.Sample> samples, List<String> processes,
        Map<String, Long> peakRss, LoadAverages load) {

    static final String FILE = "soak.md";
    private static final double MB = 1024 * 1024;

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

    String verdict() {
        return exactlyOnce() ? "every acknowledged cable stored, enriched and indexed exactly once"
                : "COUNTS DIFFER: acknowledged " + acknowledged.size() + ", lost " + lost() + ", raw " + raw.records()
                        + " (" + raw.keys().size() + " distinct), enriched " + enriched.records() + " ("
                        + enriched.keys().size() + " distinct), indexed " + indexed;
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        List<Chart.Series> rss = new ArrayList<>();
        List<Chart.Series> heap = new ArrayList<>();
        for (int p = 0; p < processes.size(); p++) {
            int process = p;
            rss.add(series(processes.get(p), s -> s.rssBytes()[process] / MB));
            heap.add(series(processes.get(p), s -> s.heapBytes()[process] / MB));
        }
        new Chart("Soak at " + rate + " cables/s: resident memory of each JVM", "seconds", "MB", rss)
                .write(out.resolve("soak-rss.png"));
        new Chart("Soak at " + rate + " cables/s: heap in use of each JVM (jstat)", "seconds", "MB", heap)
                .write(out.resolve("soak-heap.png"));
        List<Chart.Series> lag = new ArrayList<>();
        for (int s = 1; s < Sampler.STAGES.size(); s++) {
            int stage = s;
            lag.add(series("waiting for " + Sampler.STAGES.get(s), x -> Math.max(0, x.counts()[stage - 1] - x.counts()[stage])));
        }
        new Chart("Soak at " + rate + " cables/s: cables waiting in front of each stage", "seconds", "cables", lag)
                .write(out.resolve("soak-lag.png"));
        Files.writeString(out.resolve(FILE), markdown());
    }

    private Chart.Series series(String name, ToDoubleFunction<Sampler.Sample> value) {
        double[] xs = samples.stream().mapToDouble(Sampler.Sample::seconds).toArray();
        double[] ys = samples.stream().mapToDouble(value).toArray();
        return new Chart.Series(name, xs, ys);
    }

    private String markdown() {
        var md = new StringBuilder(f("""
                # Soak

                `./cablestream bench --soak %ds --rate %d`, %s. Machine: %s.
                Load average (1 min): %s.

                %,d cables posted one by one (`POST /cables`) at %d per second for %d s; sampled every 10 s.

                ## Exactly once

                | acknowledged (202) | on cables.raw.v1 (distinct) | on cables.enriched.v1 (distinct) | searchable | acknowledged but lost | duplicated |
                |-------------------:|----------------------------:|---------------------------------:|-----------:|----------------------:|-----------:|
                | %,d | %,d (%,d) | %,d (%,d) | %,d | %,d | %,d |

                Not acknowledged, by answer: %s (a request without answer may still have been stored: the
                client gave up after 60 s). **%s.**

                ## Memory and lag

                | JVM | RSS after 1 min | RSS at the end | peak RSS | heap in use, max of the first half | max of the second half |
                |-----|----------------:|---------------:|---------:|-----------------------------------:|-----------------------:|
                """, duration.toSeconds(), rate, Instant.now().truncatedTo(ChronoUnit.SECONDS), Machine.describe(),
                load.summary(), posted, rate, duration.toSeconds(), acknowledged.size(), raw.records(),
                raw.keys().size(), enriched.records(), enriched.keys().size(), indexed, lost(),
                raw.duplicates() + enriched.duplicates(), refusals.isEmpty() ? "none" : refusals, verdict()));
        int afterMinute = Math.min(samples.size() - 1, 6);
        int half = samples.size() / 2;
        for (int p = 0; p < processes.size(); p++) {
            int process = p;
            md.append(f("| %s | %.0f MB | %.0f MB | %.0f MB | %.0f MB | %.0f MB |%n", processes.get(p),
                    samples.get(afterMinute).rssBytes()[p] / MB, samples.getLast().rssBytes()[p] / MB,
                    peakRss.getOrDefault(processes.get(p), 0L) / MB,
                    samples.subList(0, half).stream().mapToLong(s -> s.heapBytes()[process]).max().orElse(0) / MB,
                    samples.subList(half, samples.size()).stream().mapToLong(s -> s.heapBytes()[process]).max()
                            .orElse(0) / MB));
        }
        long maxInFlight = samples.stream().mapToLong(s -> s.counts()[0] - s.counts()[3]).max().orElse(0);
        md.append(f("""

                Cables accepted but not yet searchable: at most %,d in any sample.

                ![resident memory](soak-rss.png)

                ![heap](soak-heap.png)

                ![cables waiting](soak-lag.png)
                """, maxInFlight));
        return md.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
