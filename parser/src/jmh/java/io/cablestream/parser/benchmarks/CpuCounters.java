package io.cablestream.parser.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary results of a benchmark thread, per iteration: the input bytes it parsed and the CPU time
 * it used (ThreadMXBean), so that figures can be given per CPU second as well as per wall-clock second
 * on a loaded machine. JMH reports both divided by the iteration's wall time.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CpuCounters {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Input bytes (UTF-8) parsed in this iteration. */
    public long bytes;
    /** CPU time this thread used in this iteration, in nanoseconds. */
    public long cpuNanos;
    private long cpuAtStart;

    @Setup(Level.Iteration)
    public void startIteration() {
        bytes = 0;
        cpuNanos = 0;
        cpuAtStart = THREADS.getCurrentThreadCpuTime();
    }

    /** Counts {@code inputBytes} more parsed bytes and brings the CPU time up to date. */
    void parsed(long inputBytes) {
        bytes += inputBytes;
        cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
    }
}
