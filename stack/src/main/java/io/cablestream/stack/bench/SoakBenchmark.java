package io.cablestream.stack.bench;

import io.cablestream.contract.topic.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./cablestream bench --soak 10m --rate R [--ingest imports|posts]}: new cables sent at a
 * steady rate for the whole duration — a second's worth per NDJSON import, or one by one — while
 * the stack is sampled every 10 seconds ({@link SoakSampler}: memory of every JVM, its live heap
 * every 30 s, cables waiting in front of each stage); then, once the pipeline has drained, the
 * exactly-once check: every acknowledged cable is on {@code cables.raw.v1} and
 * {@code cables.enriched.v1} once and searchable. {@link SoakCriteria} judges memory and lag, and
 * the {@link SoakReport} is written.
 *
 * @param duration how long cables are sent
 * @param rate cables per second
 * @param imports whether each second's cables go as one import ({@code false}: one {@code POST /cables} each)
 */
record SoakBenchmark(Duration duration, int rate, boolean imports) {

    private static final long SEED = 1_010;
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);
    private static final Duration DRAIN = Duration.ofMinutes(5);
    /** Cables stored without a 202 (the client gave up waiting) are indexed too: wait until the count settles. */
    private static final Duration SETTLED = Duration.ofSeconds(20);

    void run(Path home, Path work, Path out) throws Exception {
        Files.createDirectories(work);
        var load = new LoadAverages();
        PipelineBenchmark.step("Starting the broker and the four services (data in %s)", work.resolve("stack"));
        try (var stack = BenchStack.start(home, work.resolve("stack"))) {
            load.mark("start");
            var accepted = new AtomicLong();
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            Queue<Long> answerNanos = new ConcurrentLinkedQueue<>();
            var probe = stack.probe();
            CablePoster poster = imports ? new ImportPoster(stack.url("ingest-service"), stack.token())
                    : new SteadyPoster(stack.url("ingest-service"), stack.token());
            SoakSampler sampler;
            try (var sampling = new SoakSampler(stack.pids(), poster::posted, accepted::get,
                    probe, SAMPLE_EVERY)) {
                sampler = sampling;
                PipelineBenchmark.step("Soak: %d cables/s %s for %s", rate,
                        imports ? "as one NDJSON import a second" : "posted one by one", duration);
                poster.run(rate, duration, SEED, (id, sent, ack) -> {
                    accepted.incrementAndGet();
                    acknowledged.add(id);
                    answerNanos.add(ack - sent);
                });
                load.mark("soak");
                PipelineBenchmark.step("Sent %,d, acknowledged %,d; waiting for the pipeline to drain", poster.posted(),
                        accepted.get());
                awaitDrained(probe, accepted.get());
                sampling.sample();
            }
            PipelineBenchmark.step("Counting cables.raw.v1 and cables.enriched.v1");
            var raw = TopicCount.of(stack.bootstrap(), Topics.RAW.name());
            var enriched = TopicCount.of(stack.bootstrap(), Topics.ENRICHED.name());
            var report = new SoakReport(this, poster.posted(), acknowledged, Latencies.of(List.copyOf(answerNanos)),
                    poster.refusals(), raw, enriched, probe.indexed(), new SoakCriteria(sampler.samples(), duration.toSeconds(), rate), sampler.processes(), load);
            report.write(out);
            PipelineBenchmark.step("Report written to %s: %s", out.resolve(SoakReport.FILE), report.verdict());
        }
    }

    private static void awaitDrained(StackProbe probe, long accepted) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        long last = -1;
        long changed = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long indexed = probe.indexed();
            if (indexed != last) {
                last = indexed;
                changed = System.nanoTime();
            } else if (indexed >= accepted && System.nanoTime() - changed > SETTLED.toNanos()) {
                return;
            }
            Thread.sleep(500);
        }
    }
}
