package io.cablestream.contract.stage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prometheus metrics of one pipeline stage, registered in Micrometer's global registry (which
 * Quarkus exports at {@code /q/metrics}):
 * {@code cablestream_stage_records_total{stage,outcome=in|out|dead_lettered}},
 * {@code cablestream_stage_batches_failed_total{stage}},
 * {@code cablestream_stage_record_duration_seconds{stage}} (histogram of the time to transform one record),
 * {@code cablestream_stage_lag_records{stage}} (records of the input not yet consumed by this instance).
 */
final class StageMetrics {

    private final Counter in;
    private final Counter out;
    private final Counter deadLettered;
    private final Counter failedBatches;
    private final Timer recordDuration;
    private final AtomicLong lag = new AtomicLong();
    private final Gauge lagGauge;

    StageMetrics(String stage) {
        MeterRegistry registry = Metrics.globalRegistry;
        in = records(registry, stage, "in");
        out = records(registry, stage, "out");
        deadLettered = records(registry, stage, "dead_lettered");
        failedBatches = Counter.builder("cablestream.stage.batches.failed").tag("stage", stage)
                .description("Batches aborted and processed again (broker outage, rebalance)").register(registry);
        recordDuration = Timer.builder("cablestream.stage.record.duration").tag("stage", stage)
                .description("Time to transform one record").publishPercentileHistogram().register(registry);
        lagGauge = Gauge.builder("cablestream.stage.lag", lag, AtomicLong::get).tag("stage", stage).baseUnit("records")
                .description("Records of the input topic's assigned partitions not consumed yet").register(registry);
    }

    private static Counter records(MeterRegistry registry, String stage, String outcome) {
        return Counter.builder("cablestream.stage.records").tag("stage", stage).tag("outcome", outcome)
                .description("Records consumed (in) and published (out) or parked on the dead-letter topic")
                .register(registry);
    }

    Timer recordDuration() {
        return recordDuration;
    }

    void committed(int consumed, int rejected) {
        in.increment(consumed);
        out.increment(consumed - rejected);
        deadLettered.increment(rejected);
    }

    void batchFailed() {
        failedBatches.increment();
    }

    void lag(long records) {
        lag.set(records);
    }

    /** Unregisters the gauge, whose value belongs to this loop (the counters may be shared by a later loop). */
    void close() {
        Metrics.globalRegistry.remove(lagGauge);
    }
}
