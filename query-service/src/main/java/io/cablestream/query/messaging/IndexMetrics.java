package io.cablestream.query.messaging;

import io.cablestream.query.index.CableIndex;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Prometheus metrics of this replica's index (exported at {@code /q/metrics}):
 * {@code cablestream_index_size_bytes} (the index folder on disk),
 * {@code cablestream_index_documents} (cables searchable),
 * {@code cablestream_index_freshness_seconds} (histogram of the time from a cable's publication on
 * {@code cables.enriched.v1} to the refresh that made it searchable),
 * {@code cablestream_index_lag_records} (records of the topic not searchable yet) and
 * {@code cablestream_index_commit_lag_records} (records of the topic not in the index's last commit,
 * what a restart would read again); both lags are as of the feeder's last look at the topic's end offsets.
 */
public final class IndexMetrics {

    private final Timer freshness;

    /**
     * Registers the metrics in {@code registry}.
     *
     * @param indexDir the folder holding the index (measured on disk)
     * @param feeder the running feeder, or {@code null} before it starts (lags are then unknown)
     */
    public IndexMetrics(MeterRegistry registry, CableIndex index, Path indexDir, Supplier<IndexFeeder> feeder) {
        Gauge.builder("cablestream.index.size", indexDir, IndexMetrics::bytesOnDisk).baseUnit("bytes")
                .description("Size of the index folder on disk").strongReference(true).register(registry);
        Gauge.builder("cablestream.index.documents", index, CableIndex::count)
                .description("Cables in the index").strongReference(true).register(registry);
        Gauge.builder("cablestream.index.lag", feeder, f -> lag(f, IndexFeeder::lag)).baseUnit("records")
                .description("Records of cables.enriched.v1 not searchable yet").strongReference(true)
                .register(registry);
        Gauge.builder("cablestream.index.commit.lag", feeder, f -> lag(f, IndexFeeder::commitLag))
                .baseUnit("records").description("Records of cables.enriched.v1 not in the index's last commit")
                .strongReference(true).register(registry);
        freshness = Timer.builder("cablestream.index.freshness")
                .description("Time from a cable's publication on cables.enriched.v1 to searchable")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(1)).register(registry);
    }

    /** Records that a cable published at {@code publishedAt} is searchable now. */
    public void searchable(Instant publishedAt) {
        var age = Duration.between(publishedAt, Instant.now());
        freshness.record(age.isNegative() ? Duration.ZERO : age);
    }

    private static double lag(Supplier<IndexFeeder> feeder, ToLongFunction<IndexFeeder> lag) {
        IndexFeeder running = feeder.get();
        long records = running == null ? -1 : lag.applyAsLong(running);
        return records < 0 ? Double.NaN : records;
    }

    private static double bytesOnDisk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.mapToLong(IndexMetrics::sizeOf).sum();
        } catch (IOException | UncheckedIOException e) {
            return Double.NaN;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // deleted by a merge while the folder was being measured
        }
    }
}
