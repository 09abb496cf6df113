package io.cablestream.parser.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the parser benchmarks (any JMH command-line options pass through, e.g. a benchmark name or
 * {@code -p source=synthetic}) and prints a summary: cables/s and MB/s per wall-clock second and per
 * CPU second of the benchmark thread, or, for whole inputs, seconds per input and MB/s, with the
 * machine and its load. Without {@code CABLES_CORPUS} only synthetic sources run.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(new CommandLineOptions(args));
        if (System.getenv("CABLES_CORPUS") == null) {
            System.out.println("CABLES_CORPUS is not set: benchmarking synthetic cables only");
            options.param("source", ThroughputBenchmark.SYNTHETIC);
        }
        double loadBefore = loadAverage();
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.printf(Locale.ROOT, "%nParser benchmarks on %d cores, %s %s, load average %.1f before, %.1f after%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), loadBefore, loadAverage());
        results.forEach(BenchmarkMain::printSummary);
    }

    private static void printSummary(RunResult run) {
        Result<?> primary = run.getPrimaryResult();
        double cpuShare = secondary(run, "cpuNanos") / 1e9;
        double megabytes = secondary(run, "bytes") / 1e6;
        String label = run.getParams().getBenchmark().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1")
                + run.getParams().getParamsKeys().stream().map(key -> " " + key + "=" + run.getParams().getParam(key))
                        .reduce("", String::concat);
        if (run.getParams().getParam("megabytes") == null) {
            System.out.printf(Locale.ROOT, "  %-55s %7.0f cables/s %6.1f MB/s | per CPU second: %7.0f cables %6.1f MB%n",
                    label, primary.getScore(), megabytes, primary.getScore() / cpuShare, megabytes / cpuShare);
        } else {
            double seconds = 1 / primary.getScore();
            System.out.printf(Locale.ROOT, "  %-55s %7.2f s/input %6.1f MB/s | CPU: %7.2f s/input %6.1f MB per CPU second%n",
                    label, seconds, megabytes, seconds * cpuShare, megabytes / cpuShare);
        }
    }

    private static double secondary(RunResult run, String name) {
        Result<?> result = run.getSecondaryResults().get(name);
        return result == null ? Double.NaN : result.getScore();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
