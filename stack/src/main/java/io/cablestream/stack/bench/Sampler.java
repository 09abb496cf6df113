package io.cablestream.stack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Samples a running stack at a fixed interval on its own thread: each stage's cumulative count
 * (accepted by ingest, parsed, enriched, indexed), and the CPU seconds of every JVM from {@code /proc}.
 */
final class Sampler implements AutoCloseable {

    /** The stages in pipeline order, as the counts of a {@link Sample} list them. */
    static final List<String> STAGES = List.of("ingest (accepted)", "parse", "enrich", "query (indexed)");

    /**
     * One sample.
     *
     * @param seconds since the sampler started
     * @param counts cumulative cables of each of {@link #STAGES}
     * @param cpuSeconds CPU seconds used so far by each JVM, in the order of {@link #processes()}
     */
    record Sample(double seconds, long[] counts, double[] cpuSeconds) {
    }

    private final Map<String, Long> pids;
    private final LongSupplier accepted;
    private final StackProbe probe;
    private final Duration interval;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final long start = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param pids the JVMs to sample, by name
     * @param accepted cables ingest accepted so far
     */
    Sampler(Map<String, Long> pids, LongSupplier accepted, StackProbe probe, Duration interval) {
        this.pids = new LinkedHashMap<>(pids);
        this.accepted = accepted;
        this.probe = probe;
        this.interval = interval;
        this.thread = Thread.ofPlatform().daemon().name("bench-sampler").start(this::loop);
    }

    List<String> processes() {
        return List.copyOf(pids.keySet());
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** Takes one sample now (also done every interval). */
    Sample sample() {
        long[] counts = {accepted.getAsLong(), probe.parsed(), probe.enriched(), probe.indexed()};
        double[] cpu = new double[pids.size()];
        int i = 0;
        for (long pid : pids.values()) {
            cpu[i++] = ProcStat.cpuSeconds(pid);
        }
        var sample = new Sample((System.nanoTime() - start) / 1e9, counts, cpu);
        samples.add(sample);
        return sample;
    }

    private void loop() {
        long next = System.nanoTime();
        while (running) {
            sample();
            next += interval.toNanos();
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(wait));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
