package io.cablestream.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageFiguresTest {

    private static final List<String> PROCESSES = List.of("kafka", "ingest-service", "parse-service",
            "enrich-service", "query-service");

    private static Sampler.Sample sample(double seconds, long accepted, long parsed, long enriched, long indexed,
            double enrichCpu) {
        return new Sampler.Sample(seconds, new long[] {accepted, parsed, enriched, indexed},
                new double[] {seconds, seconds, seconds, enrichCpu, seconds});
    }

    @Test
    void namesTheStageABacklogPilesUpInFrontOf() {
        var figures = new StageFigures(List.of(
                sample(0, 0, 0, 0, 0, 0),
                sample(1, 500, 450, 100, 90, 1),
                sample(2, 1000, 950, 200, 190, 2),
                sample(3, 1000, 1000, 600, 590, 3),
                sample(4, 1000, 1000, 1000, 1000, 4)), PROCESSES);

        assertThat(figures.slowest().name()).isEqualTo("enrich");
        var enrich = figures.stages().get(2);
        assertThat(enrich.maxBacklog()).isEqualTo(750);
        assertThat(enrich.cpuSeconds()).isEqualTo(4.0);
        assertThat(enrich.cablesPerCpuSecond()).isEqualTo(250.0);
    }

    @Test
    void blamesIngestWhenEveryStageKeepsUp() {
        var figures = new StageFigures(List.of(
                sample(0, 0, 0, 0, 0, 0),
                sample(1, 500, 499, 498, 497, 1),
                sample(2, 1000, 1000, 999, 999, 2),
                sample(3, 1000, 1000, 1000, 1000, 3)), PROCESSES);

        assertThat(figures.slowest().name()).isEqualTo("ingest (accepted)");
    }

    @Test
    void throughputIsTheRateOfEachCountOverTime() {
        var figures = new StageFigures(List.of(
                sample(0, 0, 0, 0, 0, 0),
                sample(1, 100, 0, 0, 0, 0),
                sample(2, 300, 100, 0, 0, 0)), PROCESSES);

        var ingest = figures.throughput().getFirst();
        assertThat(ingest.xs()).containsExactly(2.0);
        assertThat(ingest.ys()).containsExactly(150.0);
    }
}
