package io.cablestream.stack.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What the soak watches, at a fixed interval on a thread of its own: the cables sent to ingest,
 * each stage's cumulative count (as {@link Sampler#STAGES}), and the memory of
 * every JVM (resident set and its mapped-file part from {@code /proc}, the JVM's own accounting from
 * {@link JvmMemory}). Every
 * {@value #FULL_GC_EVERY}th sample first runs a full collection in each JVM to read its live heap:
 * the one heap figure that does not rise and fall with garbage awaiting collection.
 */
final class SoakSampler implements AutoCloseable {

    static final int FULL_GC_EVERY = 3;

    /**
     * One JVM in one sample.
     *
     * @param rssBytes resident set
     * @param rssFileBytes the part of it that is pages of mapped files
     * @param memory the JVM's own accounting, or {@code null} when it could not be read
     * @param liveHeapBytes heap in use right after a full collection, or {@code -1} when none was run
     */
    record Jvm(long rssBytes, long rssFileBytes, JvmMemory.Reading memory, long liveHeapBytes) {
    }

    /**
     * One sample.
     *
     * @param seconds since the sampler started, when this sample began
     * @param sent cables sent to ingest so far
     * @param counts cumulative cables of each of {@link Sampler#STAGES}
     * @param jvms every JVM, in the order of {@link #processes()}
     */
    record Sample(double seconds, long sent, long[] counts, List<Jvm> jvms) {

        /** Cables sent that ingest has not acknowledged: not answered yet, or refused. */
        long unacknowledged() {
            return Math.max(0, sent - counts[0]);
        }

        /** Cables that passed stage {@code stage - 1} and wait in front of stage {@code stage}. */
        long waiting(int stage) {
            return Math.max(0, counts[stage - 1] - counts[stage]);
        }
    }

    private final Map<String, Long> pids;
    private final List<JvmMemory> memories = new ArrayList<>();
    private final LongSupplier sent;
    private final LongSupplier accepted;
    private final StackProbe probe;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("soak-sampler").factory());
    private final long start;
    private long taken;

    /**
     * Attaches to every JVM (one that refuses is sampled from {@code /proc} only) and starts sampling
     * every {@code interval}; sample times count from the end of attaching.
     */
    SoakSampler(Map<String, Long> pids, LongSupplier sent, LongSupplier accepted, StackProbe probe,
            Duration interval) {
        this.pids = new LinkedHashMap<>(pids);
        this.sent = sent;
        this.accepted = accepted;
        this.probe = probe;
        this.pids.forEach((name, pid) -> memories.add(attach(name, pid)));
        this.start = System.nanoTime();
        schedule.scheduleAtFixedRate(this::sample, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static JvmMemory attach(String name, long pid) {
        try {
            return JvmMemory.attach(pid);
        } catch (IOException | RuntimeException e) {
            System.out.printf("  cannot read the heap of %s (%s); sampling its resident memory only%n", name,
                    e.getMessage());
            return null;
        }
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
    synchronized void sample() {
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] counts = {accepted.getAsLong(), probe.parsed(), probe.enriched(), probe.indexed()};
        boolean fullGc = taken++ % FULL_GC_EVERY == 0;
        List<Jvm> jvms = new ArrayList<>();
        int i = 0;
        for (var entry : pids.entrySet()) {
            String name = entry.getKey();
            long pid = entry.getValue();
            var memory = memories.get(i++);
            long live = -1;
            JvmMemory.Reading reading = null;
            if (memory != null) {
                try {
                    live = fullGc ? memory.liveHeapAfterFullGc() : -1;
                    reading = memory.read();
                } catch (RuntimeException e) {
                    // the connection broke (a JMX heartbeat can time out on a loaded machine): this sample has
                    // /proc figures only, the next one reads over a new connection
                    memory.close();
                    memories.set(i - 1, attach(name, pid));
                }
            }
            jvms.add(new Jvm(ProcStat.rssBytes(pid), ProcStat.rssFileBytes(pid), reading, live));
        }
        samples.add(new Sample(seconds, sent.getAsLong(), counts, List.copyOf(jvms)));
    }

    @Override
    public void close() {
        schedule.shutdown();
        try {
            schedule.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        memories.stream().filter(m -> m != null).forEach(JvmMemory::close);
    }
}
