package io.cablestream.query.messaging;

import static io.cablestream.query.TestCables.cable;
import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.query.index.CableIndex;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void documentsAndSizeFollowTheIndexAndFreshnessIsTheAgeOfPublishedCables(@TempDir Path dir) throws Exception {
        try (var index = CableIndex.open(dir)) {
            var metrics = new IndexMetrics(registry, index, dir, () -> null);
            assertThat(gauge("cablestream.index.documents")).isZero();

            index.upsert(cable("07MOSCOW3804").document());
            index.upsert(cable("09VALLETTA412").document());
            index.refresh();
            index.commit(Map.of());
            metrics.searchable(Instant.now().minusSeconds(3));

            assertThat(gauge("cablestream.index.documents")).isEqualTo(2);
            assertThat(gauge("cablestream.index.size")).isGreaterThan(1000);
            var freshness = registry.get("cablestream.index.freshness").timer();
            assertThat(freshness.count()).isEqualTo(1);
            assertThat(freshness.totalTime(TimeUnit.MILLISECONDS))
                    .isBetween(3000.0, (double) Duration.ofMinutes(1).toMillis());
        }
    }

    @Test
    void lagsAreUnknownUntilTheFeederHasLookedAtTheTopic(@TempDir Path dir) throws Exception {
        try (var index = CableIndex.open(dir)) {
            new IndexMetrics(registry, index, dir, () -> null);

            assertThat(gauge("cablestream.index.lag")).isNaN();
            assertThat(gauge("cablestream.index.commit.lag")).isNaN();
        }
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
