package io.cablestream.stack.bench;

import io.cablestream.contract.event.RawCable;
import io.cablestream.stack.IngestClient;
import io.cablestream.stack.StackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pipeline measured end to end: one {@code cables.csv} streamed into ingest-service as one
 * import ({@code POST /imports/{id}/files}), timed from the first request until query-service can
 * search the last accepted cable, with the stack {@link Sampler sampled} every second meanwhile.
 */
final class PipelineRun {

    /**
     * What the run measured.
     *
     * @param accepted cables ingest accepted
     * @param indexed cables searchable at the end
     * @param bytes bytes of the CSV sent
     * @param seconds first request to last cable searchable
     * @param uploadSeconds first request to ingest's answer (every cable stored on the raw topic)
     * @param samples the stack, every second
     * @param processes the sampled JVMs, in the order of the samples' columns
     */
    record Result(long accepted, long indexed, long bytes, double seconds, double uploadSeconds,
            List<Sampler.Sample> samples, List<String> processes) {

        double cablesPerSecond() {
            return indexed / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** How long the index may stay unchanged, with cables missing, before the run is declared stalled. */
    private static final Duration STALL = Duration.ofSeconds(120);

    private final BenchStack stack;

    PipelineRun(BenchStack stack) {
        this.stack = stack;
    }

    Result run(Path csv) throws Exception {
        var ingest = new IngestClient(stack.url("ingest-service"), stack.token(), RawCable.DEFAULT_COLLECTION);
        var probe = stack.probe();
        var importId = new String[1];
        var accepted = new AtomicLong();
        long start = System.nanoTime();
        try (var sampler = new Sampler(stack.pids(), () -> acceptedSoFar(ingest, importId[0], accepted), probe,
                Duration.ofSeconds(1))) {
            var opened = ingest.open("bench-" + csv.getFileName());
            if (!opened.isSuccess()) {
                throw new StackException("ingest refused to open an import: " + opened.detail());
            }
            importId[0] = opened.body().path("importId").asText();
            var sent = ingest.sendFile(importId[0], csv, csv.getFileName().toString(), "csv", new AtomicLong());
            if (!sent.isSuccess()) {
                throw new StackException("ingest refused the CSV: " + sent.detail());
            }
            var closed = ingest.close(importId[0]);
            double uploadSeconds = (System.nanoTime() - start) / 1e9;
            long total = closed.body().path("accepted").asLong(sent.body().path("accepted").asLong());
            accepted.set(total);
            long indexed = awaitIndexed(probe, total);
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.sample();
            return new Result(total, indexed, Files.size(csv), seconds, uploadSeconds, sampler.samples(),
                    sampler.processes());
        }
    }

    private static long acceptedSoFar(IngestClient ingest, String importId, AtomicLong known) {
        if (known.get() > 0 || importId == null) {
            return known.get();
        }
        try {
            return ingest.status(importId).body().path("accepted").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long awaitIndexed(StackProbe probe, long accepted) throws InterruptedException {
        long last = -1;
        long changed = System.nanoTime();
        while (true) {
            long indexed = probe.indexed();
            if (indexed >= accepted) {
                return indexed;
            }
            if (indexed != last) {
                last = indexed;
                changed = System.nanoTime();
            } else if (System.nanoTime() - changed > STALL.toNanos()) {
                System.out.printf("  the index stayed at %,d of %,d cables for %d s; giving up%n", indexed, accepted,
                        STALL.toSeconds());
                return indexed;
            }
            Thread.sleep(200);
        }
    }
}
