package io.cablestream.stack.bench;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Decides from a soak's samples whether memory stayed flat and lag bounded. The time cables were
 * sent, {@code [0, end]}, is cut into a warm-up ({@code [0, w)}, {@code w} = a fifth of it, at least
 * 60 s, at most a third: JIT compilation, heaps and caches growing to their working size), a
 * first window {@code [w, end/2]} and the second half {@code (end/2, end]}; samples taken while the
 * pipeline drained afterwards are left out.
 * <ul>
 * <li>Live heap (after a full collection) is judged by its troughs: from the end of warm-up on, the time is cut
 *     into whole windows of {@value #TROUGH_WINDOW_SECONDS} s and the lowest reading of each is kept (a reading right
 *     after a collection can still hold the garbage of the batch in flight, so a flat heap reads as a saw-tooth,
 *     whose least-squares line depends on which tooth comes last). It is flat when the least-squares trend of
 *     those troughs grows by at most {@value #LIVE_HEAP_SLACK_MB} MB or {@value #PERCENT_SLACK} % of their mean
 *     over the length of the second half; a leak raises every trough and still fails;</li>
 * <li>resident memory is flat when its maximum in the second half exceeds its maximum in the first
 *     window by at most {@value #RSS_SLACK_MB} MB or {@value #PERCENT_SLACK} %;</li>
 * <li>lag is bounded when the trend of the cables waiting in front of a stage grows over the second
 *     half by at most {@value #LAG_SLACK_SECONDS} seconds of ingest ({@value #LAG_SLACK_SECONDS} × rate, at
 *     least {@value #LAG_SLACK_CABLES} cables).</li>
 * </ul>
 *
 * @param samples the soak's samples, in time order
 * @param end seconds from the first sample until the last cables were sent
 * @param rate cables posted per second
 */
record SoakCriteria(List<SoakSampler.Sample> samples, double end, int rate) {

    static final int LIVE_HEAP_SLACK_MB = 4;
    static final int TROUGH_WINDOW_SECONDS = 60;
    static final int RSS_SLACK_MB = 16;
    static final int PERCENT_SLACK = 5;
    static final int LAG_SLACK_SECONDS = 2;
    static final int LAG_SLACK_CABLES = 20;
    private static final double MB = 1024 * 1024;

    /**
     * Memory of one JVM.
     *
     * @param liveFirstMb lowest live heap in the first window
     * @param liveSecondMb lowest live heap in the second half
     * @param liveGrowthMb growth of the trend of the live heap's troughs over the length of the second half
     * @param liveFlat whether that growth is within the slack ({@code false} also when there are fewer than
     *     two troughs, or no live reading in the second half)
     * @param rssFirstMb maximum resident set in the first window
     * @param rssSecondMb maximum resident set in the second half
     * @param rssFlat whether the second maximum is within the slack of the first
     * @param growth how each part of the JVM's memory changed from the first sample after warm-up to the last
     *     sample before the end
     */
    record Memory(double liveFirstMb, double liveSecondMb, double liveGrowthMb, boolean liveFlat, double rssFirstMb,
            double rssSecondMb, boolean rssFlat, Growth growth) {

        boolean flat() {
            return liveFlat && rssFlat;
        }
    }

    /**
     * Change of each part of a JVM's memory between two samples, in MB.
     *
     * @param rss resident set
     * @param rssFile mapped-file pages within it
     * @param heapCommitted heap claimed from the operating system
     * @param nonHeap metaspace, code cache and other non-heap pools in use
     * @param direct NIO direct buffers
     */
    record Growth(double rss, double rssFile, double heapCommitted, double nonHeap, double direct) {
    }

    /**
     * Cables waiting in front of one stage.
     *
     * @param maxFirst most waiting in any sample of the first window
     * @param maxSecond most waiting in any sample of the second half
     * @param growth growth of the trend over the second half, in cables
     * @param bounded whether that growth is within the slack
     */
    record Lag(long maxFirst, long maxSecond, double growth, boolean bounded) {
    }

    double warmUp() {
        return Math.min(end / 3, Math.max(60, end / 5));
    }

    Memory memory(int jvm) {
        var firstWindow = window(s -> s.seconds() >= warmUp() && s.seconds() <= end / 2);
        var secondHalf = window(s -> s.seconds() > end / 2 && s.seconds() <= end);
        var liveFirst = firstWindow.stream().filter(s -> live(s, jvm) >= 0).toList();
        var liveSecond = secondHalf.stream().filter(s -> live(s, jvm) >= 0).toList();
        var troughs = troughs(jvm);
        double liveGrowth = slope(troughs, s -> live(s, jvm)) * (end / 2) / MB;
        boolean liveFlat = troughs.size() >= 2 && !liveSecond.isEmpty()
                && liveGrowth <= Math.max(LIVE_HEAP_SLACK_MB, mean(troughs, s -> live(s, jvm)) / MB * PERCENT_SLACK / 100);
        double rssFirst = max(firstWindow, s -> s.jvms().get(jvm).rssBytes()) / MB;
        double rssSecond = max(secondHalf, s -> s.jvms().get(jvm).rssBytes()) / MB;
        boolean rssFlat = !secondHalf.isEmpty()
                && rssSecond - rssFirst <= Math.max(RSS_SLACK_MB, rssFirst * PERCENT_SLACK / 100);
        return new Memory(min(liveFirst, s -> live(s, jvm)) / MB, min(liveSecond, s -> live(s, jvm)) / MB, liveGrowth,
                liveFlat, rssFirst,
                rssSecond, rssFlat, growth(firstWindow, secondHalf, jvm));
    }

    /**
     * Stage 0 is ingest (cables sent and not acknowledged: waiting for an answer or refused, so a backlog
     * ingest sheds by refusing still grows); stages 1 to 3 follow {@link Sampler#STAGES}.
     */
    Lag lag(int stage) {
        ToLongFunction<SoakSampler.Sample> waiting = stage == 0 ? SoakSampler.Sample::unacknowledged
                : s -> s.waiting(stage);
        var secondHalf = window(s -> s.seconds() > end / 2 && s.seconds() <= end);
        double growth = growth(secondHalf, waiting);
        return new Lag(max(window(s -> s.seconds() >= warmUp() && s.seconds() <= end / 2), waiting),
                max(secondHalf, waiting), growth,
                secondHalf.size() >= 2 && growth <= Math.max(LAG_SLACK_CABLES, (double) LAG_SLACK_SECONDS * rate));
    }

    /**
     * The lowest live-heap reading of JVM {@code jvm} in each whole window of {@value #TROUGH_WINDOW_SECONDS} s
     * between the end of warm-up and the end of sending, counted back from the end (window {@code k} is
     * {@code (end - (k + 1) × w, end - k × w]}), in time order.
     */
    List<SoakSampler.Sample> troughs(int jvm) {
        var lowest = new TreeMap<Long, SoakSampler.Sample>();
        for (var reading : window(s -> s.seconds() <= end && live(s, jvm) >= 0)) {
            long k = (long) Math.floor((end - reading.seconds()) / TROUGH_WINDOW_SECONDS);
            if (end - (k + 1) * TROUGH_WINDOW_SECONDS >= warmUp()) {
                lowest.merge(-k, reading, (a, b) -> live(b, jvm) < live(a, jvm) ? b : a);
            }
        }
        return List.copyOf(lowest.values());
    }

    /** Growth of the least-squares line through the points over their time span; 0 for fewer than two. */
    static double growth(List<SoakSampler.Sample> points, ToLongFunction<SoakSampler.Sample> value) {
        if (points.size() < 2) {
            return 0;
        }
        return slope(points, value) * (points.getLast().seconds() - points.getFirst().seconds());
    }

    /** Slope of the least-squares line through the points, per second; 0 for fewer than two. */
    static double slope(List<SoakSampler.Sample> points, ToLongFunction<SoakSampler.Sample> value) {
        if (points.size() < 2) {
            return 0;
        }
        double meanX = points.stream().mapToDouble(SoakSampler.Sample::seconds).average().orElse(0);
        double meanY = mean(points, value);
        double covariance = 0;
        double variance = 0;
        for (var point : points) {
            double dx = point.seconds() - meanX;
            covariance += dx * (value.applyAsLong(point) - meanY);
            variance += dx * dx;
        }
        return variance == 0 ? 0 : covariance / variance;
    }

    private Growth growth(List<SoakSampler.Sample> firstWindow, List<SoakSampler.Sample> secondHalf, int jvm) {
        if (firstWindow.isEmpty() || secondHalf.isEmpty()) {
            return new Growth(0, 0, 0, 0, 0);
        }
        var from = firstWindow.getFirst().jvms().get(jvm);
        var to = secondHalf.getLast().jvms().get(jvm);
        boolean read = from.memory() != null && to.memory() != null;
        return new Growth((to.rssBytes() - from.rssBytes()) / MB, (to.rssFileBytes() - from.rssFileBytes()) / MB,
                read ? (to.memory().heapCommitted() - from.memory().heapCommitted()) / MB : Double.NaN,
                read ? (to.memory().nonHeapUsed() - from.memory().nonHeapUsed()) / MB : Double.NaN,
                read ? (to.memory().directBytes() - from.memory().directBytes()) / MB : Double.NaN);
    }

    private List<SoakSampler.Sample> window(Predicate<SoakSampler.Sample> in) {
        return samples.stream().filter(in).toList();
    }

    private static long live(SoakSampler.Sample sample, int jvm) {
        return sample.jvms().get(jvm).liveHeapBytes();
    }

    private static double mean(List<SoakSampler.Sample> points, ToLongFunction<SoakSampler.Sample> value) {
        return points.stream().mapToLong(value).average().orElse(0);
    }

    private static long min(List<SoakSampler.Sample> points, ToLongFunction<SoakSampler.Sample> value) {
        return points.stream().mapToLong(value).min().orElse(0);
    }

    private static long max(List<SoakSampler.Sample> points, ToLongFunction<SoakSampler.Sample> value) {
        return points.stream().mapToLong(value).max().orElse(0);
    }
}
