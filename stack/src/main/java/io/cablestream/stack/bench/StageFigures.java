package io.cablestream.stack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the samples of a pipeline run say about each stage: its throughput while it was busy, the
 * largest backlog that piled up in front of it, and the CPU its JVM used — and so which stage held
 * the pipeline back (the one a backlog built up in front of; ingest when none did).
 */
final class StageFigures {

    /**
     * One stage.
     *
     * @param name as in {@link Sampler#STAGES}
     * @param process its JVM
     * @param cables cables it handled
     * @param activeSeconds from its first cable to its last
     * @param maxBacklog most cables waiting in front of it (handled by the stage before, not yet by it)
     * @param cpuSeconds CPU its JVM used during the run
     */
    record Stage(String name, String process, long cables, double activeSeconds, long maxBacklog, double cpuSeconds) {

        double cablesPerSecond() {
            return activeSeconds > 0 ? cables / activeSeconds : Double.NaN;
        }

        double cablesPerCpuSecond() {
            return cpuSeconds > 0 ? cables / cpuSeconds : Double.NaN;
        }
    }

    /** Backlogs smaller than this share of the cables do not count as piling up. */
    private static final double NEGLIGIBLE_BACKLOG = 0.05;

    private final List<Sampler.Sample> samples;
    private final List<String> processes;

    StageFigures(List<Sampler.Sample> samples, List<String> processes) {
        this.samples = samples;
        this.processes = processes;
    }

    List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < Sampler.STAGES.size(); s++) {
            String process = processes.get(s + 1);
            long last = samples.getLast().counts()[s];
            double begin = Double.NaN;
            double end = Double.NaN;
            long backlog = 0;
            for (var sample : samples) {
                long count = sample.counts()[s];
                if (count > 0 && Double.isNaN(begin)) {
                    begin = sample.seconds();
                }
                if (count >= last && Double.isNaN(end)) {
                    end = sample.seconds();
                }
                if (s > 0 && sample.counts()[s - 1] >= 0 && count >= 0) {
                    backlog = Math.max(backlog, sample.counts()[s - 1] - count);
                }
            }
            stages.add(new Stage(Sampler.STAGES.get(s), process, last, end - begin + 1, backlog, cpu(s + 1)));
        }
        return stages;
    }

    /** CPU seconds each JVM used during the run, in the order of the processes. */
    double cpu(int process) {
        return samples.getLast().cpuSeconds()[process] - samples.getFirst().cpuSeconds()[process];
    }

    /** The stage with the largest backlog in front of it, or the first stage when none built up. */
    Stage slowest() {
        List<Stage> stages = stages();
        Stage slowest = stages.getFirst();
        for (Stage stage : stages) {
            if (stage.maxBacklog() > slowest.maxBacklog()) {
                slowest = stage;
            }
        }
        return slowest.maxBacklog() < NEGLIGIBLE_BACKLOG * stages.getFirst().cables() ? stages.getFirst() : slowest;
    }

    /** Cables per second of each stage over time (over windows of a sixtieth of the run, at least two samples), as chart lines. */
    List<Chart.Series> throughput() {
        List<Chart.Series> lines = new ArrayList<>();
        int window = Math.max(2, samples.size() / 60);
        for (int s = 0; s < Sampler.STAGES.size(); s++) {
            int stage = s;
            lines.add(rate(Sampler.STAGES.get(s), window, sample -> sample.counts()[stage]));
        }
        return lines;
    }

    /** Cores each JVM used over time, as chart lines. */
    List<Chart.Series> cpuUse() {
        List<Chart.Series> lines = new ArrayList<>();
        for (int p = 0; p < processes.size(); p++) {
            int process = p;
            lines.add(rate(processes.get(p), 1, sample -> sample.cpuSeconds()[process]));
        }
        return lines;
    }

    private Chart.Series rate(String name, int window, ToDoubleFunction<Sampler.Sample> value) {
        int points = Math.max(0, samples.size() - window);
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int i = 0; i < points; i++) {
            var from = samples.get(i);
            var to = samples.get(i + window);
            xs[i] = to.seconds();
            double a = value.applyAsDouble(from);
            double b = value.applyAsDouble(to);
            ys[i] = a < 0 || b < 0 ? 0 : Math.max(0, (b - a) / (to.seconds() - from.seconds()));
        }
        return new Chart.Series(name, xs, ys);
    }
}
