package io.cablestream.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        List<Long> nanos = new ArrayList<>();
        for (long ms = 100; ms >= 1; ms--) {
            nanos.add(ms * 1_000_000);
        }
        var latencies = Latencies.of(nanos);

        assertThat(latencies.percentileMillis(0.5)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(0.99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(1)).isEqualTo(100.0);
    }

    @Test
    void nothingMeasuredHasNoPercentile() {
        assertThat(Latencies.of(List.of()).percentileMillis(0.5)).isNaN();
    }

    @Test
    void distributionRisesToAHundredPercentAtTheSlowest() {
        var series = Latencies.of(List.of(3_000_000L, 1_000_000L, 2_000_000L)).distribution("x");

        assertThat(series.xs()).containsExactly(1.0, 2.0, 3.0);
        assertThat(series.ys()[2]).isEqualTo(100.0);
    }
}
