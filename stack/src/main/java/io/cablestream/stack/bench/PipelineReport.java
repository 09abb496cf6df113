package io.cablestream.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what {@link PipelineBenchmark} measured as Markdown ({@value #FILE}) with its PNG charts
 * beside it, ready to be quoted in {@code docs/benchmarks.md}.
 */
record PipelineReport(long cables, PipeLimit.Result pipe, PipelineRun.Result pipeline, LuceneChild.IndexResult index,
        Freshness.Result freshness, int freshnessRate, QueryLoad.Result http, QueryLoad.Result bare, int clients,
        Map<String, Long> peakRss, LoadAverages load) {

    static final String FILE = "pipeline.md";

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        var figures = new StageFigures(pipeline.samples(), pipeline.processes());
        new Chart("Pipeline: throughput of each stage (" + String.format(Locale.ROOT, "%,d", cables) + " cables)",
                "seconds since the first ingest request", "cables per second", figures.throughput())
                .write(out.resolve("pipeline-throughput.png"));
        new Chart("Pipeline: CPU used by each JVM (" + Machine.cores() + " cores)", "seconds since the first ingest request",
                "cores", figures.cpuUse()).write(out.resolve("pipeline-cpu.png"));
        new Chart("Freshness at " + freshnessRate + " cables/s: ingest acknowledged → searchable (live feed)",
                "milliseconds", "% of cables at or below", List.of(freshness.ackToSearchable().distribution("ack → searchable"),
                        freshness.ackLatency().distribution("post → ack")))
                .write(out.resolve("freshness.png"));
        new Chart("Search, four facets + highlighted top 20: latency distribution", "milliseconds",
                "% of searches at or below", List.of(http.single().distribution("query-service, 1 client"),
                        bare.single().distribution("bare Lucene, 1 client"),
                        http.concurrent().distribution("query-service, " + clients + " clients"),
                        bare.concurrent().distribution("bare Lucene, " + clients + " clients")))
                .write(out.resolve("query-latency.png"));
        Files.writeString(out.resolve(FILE), markdown(figures));
    }

    private String markdown(StageFigures figures) {
        var md = new StringBuilder();
        md.append(f("""
                # Pipeline benchmark

                `./cablestream bench --cables %d`, %s. Machine: %s.
                Load average (1 min) after each step: %s.

                ## Throughput

                | run | cables | seconds | cables/s | MB/s | pipeline's share |
                |-----|-------:|--------:|---------:|-----:|-----------------:|
                | pipe limit: byte-for-byte relay, 3 topic hops, same broker | %,d | %.1f | %,.0f | %.1f | %.0f %% |
                | index limit: query-service's index code, 1 thread, no Kafka | %,d | %.1f | %,.0f | | %.0f %% |
                | **pipeline**: CSV import → last cable searchable | %,d | %.1f | **%,.0f** | %.1f | |

                The pipeline's upload (CSV streamed into ingest, every cable stored on `cables.raw.v1`) took %.1f s
                of it; %,d cables accepted, %,d searchable at the end. MB are those of the CSV for the pipeline,
                of the telegrams for the pipe. The index limit used %.1f CPU seconds (%,.0f cables per CPU second).

                ## Per stage

                | stage | JVM | cables/s while busy | largest backlog in front | CPU seconds | share of %d cores | cables per CPU second |
                |-------|-----|--------------------:|-------------------------:|------------:|------------------:|----------------------:|
                """, cables, Instant.now().truncatedTo(ChronoUnit.SECONDS), Machine.describe(), load.summary(),
                pipe.cables(), pipe.seconds(), pipe.cablesPerSecond(), pipe.megabytesPerSecond(),
                100 * pipeline.cablesPerSecond() / pipe.cablesPerSecond(),
                index.cables(), index.seconds(), index.cablesPerSecond(),
                100 * pipeline.cablesPerSecond() / index.cablesPerSecond(),
                pipeline.indexed(), pipeline.seconds(), pipeline.cablesPerSecond(), pipeline.megabytesPerSecond(),
                pipeline.uploadSeconds(), pipeline.accepted(), pipeline.indexed(), index.cpuSeconds(),
                index.cables() / index.cpuSeconds(), Machine.cores()));
        double wall = pipeline.seconds() * Machine.cores();
        for (var stage : figures.stages()) {
            md.append(f("| %s | %s | %,.0f | %,d | %.1f | %.0f %% | %,.0f |%n", stage.name(), stage.process(),
                    stage.cablesPerSecond(), stage.maxBacklog(), stage.cpuSeconds(), 100 * stage.cpuSeconds() / wall,
                    stage.cablesPerCpuSecond()));
        }
        md.append(f("| (broker) | kafka | | | %.1f | %.0f %% | |%n%n", figures.cpu(0), 100 * figures.cpu(0) / wall));
        md.append(f("""
                **Slowest stage: %s** (the backlog builds up in front of the stage that cannot keep up; when none
                builds up, ingest is what limits).

                ![throughput of each stage](pipeline-throughput.png)

                ![CPU of each JVM](pipeline-cpu.png)

                ## Freshness

                %,d new cables posted one by one at %d per second (`POST /cables`); %,d acknowledged (`202`),
                %,d of them announced by the live feed (`GET /cables/live`).

                | | p50 | p99 | max |
                |--|----:|----:|----:|
                | ingest acknowledged → searchable | %.0f ms | %.0f ms | %.0f ms |
                | post → acknowledged | %.0f ms | %.0f ms | %.0f ms |
                %s

                ![freshness](freshness.png)

                ## Queries

                200 queries made of words from the generated cables (single words, two words, two-word phrases),
                each with facets `%s` and the top 20 highlighted, over the %,d cables indexed above; %,d searches
                by one client, then %d concurrent clients for %.0f s, through query-service (HTTP/1.1, JSON) and
                with bare Lucene (`BareLuceneSearch`) on the same index folder, interleaved (`QueryComparison`:
                the one client alternates query by query, the concurrent clients in rounds of 5 s).

                | | 1 client p50 | 1 client p99 | %d clients: queries/s | %d clients p50 | %d clients p99 |
                |--|------------:|-------------:|----------------------:|---------------:|---------------:|
                | query-service (HTTP) | %.1f ms | %.1f ms | %,.0f | %.1f ms | %.1f ms |
                | bare Lucene | %.1f ms | %.1f ms | %,.0f | %.1f ms | %.1f ms |
                | query-service / bare Lucene | | | %.0f %% | | |

                ![query latency](query-latency.png)

                ## Memory

                | JVM | peak RSS |
                |-----|---------:|
                """, figures.slowest().name(), freshness.posted(), freshnessRate, freshness.acknowledged(),
                freshness.seen(), freshness.ackToSearchable().percentileMillis(0.5),
                freshness.ackToSearchable().percentileMillis(0.99), freshness.ackToSearchable().percentileMillis(1),
                freshness.ackLatency().percentileMillis(0.5), freshness.ackLatency().percentileMillis(0.99),
                freshness.ackLatency().percentileMillis(1), hopRows(freshness.hops()), QueryLoad.FACETS, pipeline.indexed(), http.single().count(),
                clients, http.concurrentSeconds(), clients, clients, clients,
                http.single().percentileMillis(0.5), http.single().percentileMillis(0.99), http.queriesPerSecond(),
                http.concurrent().percentileMillis(0.5), http.concurrent().percentileMillis(0.99),
                bare.single().percentileMillis(0.5), bare.single().percentileMillis(0.99), bare.queriesPerSecond(),
                bare.concurrent().percentileMillis(0.5), bare.concurrent().percentileMillis(0.99),
                100 * http.queriesPerSecond() / bare.queriesPerSecond()));
        peakRss.forEach((name, bytes) -> md.append(f("| %s | %,d MB |%n", name, bytes / (1024 * 1024))));
        return md.toString();
    }

    /** The ack → searchable time split where each cable's record became readable on the next topic. */
    private static String hopRows(HopTimes.Split hops) {
        return String.join("\n", row("of which: ack → raw record readable", hops.ackToRaw()),
                row("parse: raw readable → parsed readable", hops.parse()),
                row("enrich: parsed readable → enriched readable", hops.enrich()),
                row("query: enriched readable → announced by the live feed", hops.query()));
    }

    private static String row(String name, Latencies latencies) {
        return f("| %s | %.0f ms | %.0f ms | %.0f ms |", name, latencies.percentileMillis(0.5),
                latencies.percentileMillis(0.99), latencies.percentileMillis(1));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
