package io.cablestream.stack.bench;

import io.cablestream.stack.JavaCommand;
import io.cablestream.stack.corpus.CorpusGenerator;
import io.cablestream.stack.corpus.CorpusWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ./cablestream bench}: on one fresh local stack, measures in turn the pipe limit, the
 * pipeline end to end with per-stage throughput and CPU, the index limit on the documents the
 * pipeline indexed, freshness under a steady trickle of new cables, and search latency under
 * concurrent load next to bare Lucene; then writes the {@link PipelineReport}.
 *
 * @param cables how many generated cables go through the pipeline (and the pipe)
 * @param freshnessRate cables per second posted one by one for the freshness figures
 * @param freshnessTime how long they are posted
 * @param queryWindow how long the concurrent query clients run, on each side
 * @param clients concurrent query clients
 */
record PipelineBenchmark(long cables, int freshnessRate, Duration freshnessTime, Duration queryWindow, int clients) {

    private static final long SEED = 42;
    private static final long FRESH_SEED = 4_242;

    void run(Path home, Path work, Path out) throws Exception {
        Files.createDirectories(work);
        var load = new LoadAverages();
        Path csv = work.resolve("cables.csv");
        step("Generating %,d cables into %s", cables, csv);
        CorpusWriter.write(new CorpusGenerator(SEED).stream().limit(cables), CorpusWriter.Format.CSV, csv);
        step("Starting the broker and the four services (data in %s)", work.resolve("stack"));
        try (var stack = BenchStack.start(home, work.resolve("stack"))) {
            load.mark("start");
            step("Pipe limit: %,d cables relayed byte for byte through three topics", cables);
            var pipe = new PipeLimit(stack.bootstrap()).run(cables, SEED);
            load.mark("pipe limit");
            step("Pipeline: %,d cables from the CSV import to searchable", cables);
            var pipeline = new PipelineRun(stack).run(csv);
            load.mark("pipeline");
            step("Index limit: the %,d enriched documents into a fresh index with query-service's code", pipeline.indexed());
            Path events = work.resolve("enriched.bin");
            EnrichedDump.write(stack.bootstrap(), events);
            var lucene = new LuceneChild(home, JavaCommand.forHome(home).javaBinary(), work);
            Path bareIndex = work.resolve("bare-index");
            BenchStack.deleteRecursively(bareIndex);
            var index = lucene.index(events, bareIndex);
            Files.delete(events);
            load.mark("index limit");
            step("Freshness: %d cables/s posted one by one for %d s", freshnessRate, freshnessTime.toSeconds());
            var freshness = new Freshness(stack.url("ingest-service"), stack.url("query-service"), stack.token(),
                    stack.bootstrap()).run(freshnessRate, freshnessTime, FRESH_SEED);
            load.mark("freshness");
            step("Queries: one client, then %d concurrent clients for %d s, over HTTP and with bare Lucene, interleaved",
                    clients, queryWindow.toSeconds());
            Path queryFile = work.resolve("queries.txt");
            Files.write(queryFile, QueryLoad.queries(200, SEED));
            Path tokenFile = work.resolve("query-token.txt");
            Files.writeString(tokenFile, stack.token());
            List<QueryLoad.Result> searches = lucene.compare(stack.url("query-service"), tokenFile,
                    stack.queryIndexDir(), queryFile, clients, queryWindow, 1000, Duration.ofSeconds(10));
            var http = searches.get(0);
            var bare = searches.get(1);
            load.mark("queries");
            Map<String, Long> peakRss = stack.peakRss();
            var report = new PipelineReport(cables, pipe, pipeline, index, freshness, freshnessRate, http, bare, clients,
                    peakRss, load);
            report.write(out);
            step("Report written to %s", out.resolve(PipelineReport.FILE));
        }
    }

    static void step(String format, Object... args) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}
