package io.cablestream.stack.bench;

import java.util.Arrays;
import java.util.List;

/**
 * A sorted set of measured durations in nanoseconds, with the percentiles and the cumulative
 * distribution the report and the charts show.
 */
record Latencies(long[] sortedNanos) {

    static Latencies of(List<Long> nanos) {
        long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        return new Latencies(values);
    }

    int count() {
        return sortedNanos.length;
    }

    /** The {@code fraction} percentile (0.5 = median) in milliseconds; NaN when nothing was measured. */
    double percentileMillis(double fraction) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank))] / 1e6;
    }

    /** The cumulative distribution as a chart series: latency in ms (x) against the share at or below it (y, %). */
    Chart.Series distribution(String name) {
        int points = Math.min(sortedNanos.length, 500);
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int i = 0; i < points; i++) {
            int rank = (int) ((long) i * (sortedNanos.length - 1) / Math.max(1, points - 1));
            xs[i] = sortedNanos[rank] / 1e6;
            ys[i] = 100.0 * (rank + 1) / sortedNanos.length;
        }
        return new Chart.Series(name, xs, ys);
    }
}
