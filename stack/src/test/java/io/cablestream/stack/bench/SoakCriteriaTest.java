package io.cablestream.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class SoakCriteriaTest {

    private static final long MB = 1024 * 1024;

    /** A 600 s soak sampled every 10 s, one JVM; live heap read every 30 s; ingest, parse, enrich, query counts. */
    private static List<SoakSampler.Sample> soak(DoubleUnaryOperator liveMb, DoubleUnaryOperator rssMb,
            DoubleUnaryOperator waitingForEnrich) {
        List<SoakSampler.Sample> samples = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            double t = i * 10;
            long accepted = (long) (t * 200);
            long enriched = accepted - (long) waitingForEnrich.applyAsDouble(t);
            long live = i % 3 == 0 ? (long) (liveMb.applyAsDouble(t) * MB) : -1;
            var jvm = new SoakSampler.Jvm((long) (rssMb.applyAsDouble(t) * MB), 10 * MB,
                    new JvmMemory.Reading(0, 0, 0, 0, 0, 0, 0, 0, 0), live);
            samples.add(new SoakSampler.Sample(t, 0, new long[] {accepted, accepted, enriched, enriched},
                    List.of(jvm)));
        }
        return samples;
    }

    @Test
    void growthIsTheLeastSquaresTrendOverTheTimeSpan() {
        var samples = soak(t -> 0, t -> 0, t -> 100 + 3 * t + (t % 20 == 0 ? 50 : -50));

        // waiting = 3 cables per second plus noise: over 580 s the trend grows by about 1,740
        assertThat(SoakCriteria.growth(samples.subList(1, 60), s -> s.waiting(2))).isCloseTo(1_740, within(60.0));
        assertThat(SoakCriteria.growth(samples.subList(0, 1), s -> s.waiting(2))).isZero();
    }

    @Test
    void aHeapThatPlateausAfterWarmUpIsFlatAndALeakIsNot() {
        var plateau = new SoakCriteria(soak(t -> Math.min(80, 30 + t), t -> Math.min(300, 200 + t), t -> 40), 600,
                200);
        var leak = new SoakCriteria(soak(t -> 40 + t / 20, t -> 300, t -> 40), 600, 200);

        assertThat(plateau.warmUp()).isEqualTo(120);
        assertThat(plateau.memory(0).flat()).isTrue();
        assertThat(plateau.memory(0).liveSecondMb()).isCloseTo(80, within(0.01));
        assertThat(leak.memory(0).liveFlat()).isFalse();
        assertThat(leak.memory(0).liveGrowthMb()).isCloseTo(15, within(0.5));
        assertThat(leak.memory(0).rssFlat()).isTrue();
    }

    @Test
    void aFlatSawToothIsJudgedByItsTroughsWhoseTrendAFittedLineOverAllReadingsMisreads() {
        // live readings every 30 s: 17 MB right after a collection, up to 25 MB when the reading still held the
        // garbage of a batch; the second half's mean (20.0) is below the first window's (21.7), the last tooth high
        double[] sawTooth = {30, 22, 18, 17, 25, 21, 17, 24, 19, 21, 25, 17, 21, 17, 23, 17, 17, 21, 25, 17, 25};
        var criteria = new SoakCriteria(soak(t -> sawTooth[(int) t / 30], t -> 300, t -> 0), 600, 200);
        var liveSecondHalf = criteria.samples().stream()
                .filter(s -> s.seconds() > 300 && s.jvms().getFirst().liveHeapBytes() >= 0).toList();

        assertThat(SoakCriteria.growth(liveSecondHalf, s -> s.jvms().getFirst().liveHeapBytes()) / MB)
                .isGreaterThan(SoakCriteria.LIVE_HEAP_SLACK_MB);
        assertThat(criteria.troughs(0)).hasSize(8);
        assertThat(criteria.memory(0).liveFlat()).isTrue();
        assertThat(criteria.memory(0).liveSecondMb()).isCloseTo(17, within(0.01));
    }

    @Test
    void aSlowLeakUnderASawToothStillFails() {
        // ingest before its known versions left the heap: about 20 kB more per second, under the same saw-tooth
        double[] sawTooth = {30, 22, 18, 17, 25, 21, 17, 24, 19, 21, 25, 17, 21, 17, 23, 17, 17, 21, 25, 17, 25};
        var leak = new SoakCriteria(soak(t -> sawTooth[(int) t / 30] + t * 0.02, t -> 300, t -> 0), 600, 200);

        assertThat(leak.memory(0).liveFlat()).isFalse();
        assertThat(leak.memory(0).liveGrowthMb()).isCloseTo(6, within(1.0));
    }

    @Test
    void residentMemoryStillRisingInTheSecondHalfIsNotFlat() {
        var rising = new SoakCriteria(soak(t -> 50, t -> 250 + t / 6, t -> 0), 600, 200);

        var memory = rising.memory(0);
        assertThat(memory.liveFlat()).isTrue();
        assertThat(memory.rssFirstMb()).isCloseTo(300, within(0.01));
        assertThat(memory.rssSecondMb()).isCloseTo(350, within(0.01));
        assertThat(memory.rssFlat()).isFalse();
    }

    @Test
    void aBacklogThatKeepsGrowingIsNotBoundedAndANoisyOneIs() {
        var growing = new SoakCriteria(soak(t -> 50, t -> 300, t -> 2 * t), 600, 200);
        var noisy = new SoakCriteria(soak(t -> 50, t -> 300, t -> t % 20 == 0 ? 300 : 0), 600, 200);

        assertThat(growing.lag(2).bounded()).isFalse();
        assertThat(growing.lag(2).maxSecond()).isEqualTo(1_200);
        assertThat(noisy.lag(2).bounded()).isTrue();
        assertThat(noisy.lag(1).bounded()).isTrue();
    }

    @Test
    void cablesIngestRefusesCountAsItsGrowingBacklog() {
        List<SoakSampler.Sample> samples = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            double t = i * 10;
            long sent = (long) (t * 200);
            long acknowledged = (long) (t * 150);
            samples.add(new SoakSampler.Sample(t, sent, new long[] {acknowledged, acknowledged, acknowledged,
                acknowledged}, List.of()));
        }

        var lag = new SoakCriteria(samples, 600, 200).lag(0);

        assertThat(lag.maxSecond()).isEqualTo(30_000);
        assertThat(lag.bounded()).isFalse();
    }

    @Test
    void samplesTakenWhileThePipelineDrainsAreLeftOut() {
        var samples = soak(t -> 50, t -> t > 300 ? 900 : 300, t -> t > 300 ? 5_000 : 0);

        var criteria = new SoakCriteria(samples, 300, 200);

        assertThat(criteria.warmUp()).isEqualTo(60);
        assertThat(criteria.memory(0).rssFlat()).isTrue();
        assertThat(criteria.lag(2).maxSecond()).isZero();
    }
}
