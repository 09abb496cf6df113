package io.cablestream.ingest.progress;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.ImportRejection;
import io.cablestream.contract.event.ImportStageCount;
import io.cablestream.contract.header.DeadLetterHeaders;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.stage.KafkaClients;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts, per import, the records reaching each downstream topic ({@code cables.parsed.v1},
 * {@code cables.enriched.v1} and the three dead-letter topics) from their {@code cablestream_import_id}
 * header, and publishes the counts on {@code cables.imports.v1}. The replicas share the partitions
 * through the consumer group {@code ingest-progress}; each count carries the offset it counted
 * through, so a partition moving to another replica, or a batch read twice, is never counted twice.
 */
public final class StageCounter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StageCounter.class);
    static final String GROUP = "ingest-progress";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final KafkaConsumer<String, byte[]> consumer;
    private final ImportStateView view;
    private final ImportEvents events;
    private final Supplier<CompletableFuture<Void>> viewCurrent;
    private final int maxListed;
    private final Map<Key, Count> counts = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    private record Key(String importId, String topic, int partition) {
    }

    private static final class Count {
        long count;
        long throughOffset = -1;
        final List<ImportRejection> rejections = new ArrayList<>();
        boolean dirty;
    }

    /**
     * @param viewCurrent completes once the view holds everything on {@code cables.imports.v1} now
     * @param maxListed how many dead-lettered cables to list per import and partition
     */
    public StageCounter(String bootstrapServers, Map<String, String> overrides, ImportStateView view,
            ImportEvents events, Supplier<CompletableFuture<Void>> viewCurrent, int maxListed) {
        var settings = new HashMap<>(overrides);
        settings.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(1024 * 1024));
        settings.putIfAbsent(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(4 * 1024 * 1024));
        this.consumer = KafkaClients.consumer(bootstrapServers, GROUP, "ingest-service-progress", settings);
        this.view = view;
        this.events = events;
        this.viewCurrent = viewCurrent;
        this.maxListed = maxListed;
        this.thread = Thread.ofPlatform().name("stage-counter").daemon().unstarted(this::run);
    }

    public StageCounter start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            consumer.subscribe(Stage.topics(), new Rebalance());
            while (running) {
                try {
                    var batch = consumer.poll(POLL);
                    if (!batch.isEmpty()) {
                        batch.forEach(this::count);
                        publishUntilAcknowledged();
                        consumer.commitSync();
                    }
                } catch (WakeupException e) {
                    // closing
                } catch (RuntimeException e) {
                    LOG.warn("counting downstream progress failed, retrying: {}", e.toString());
                    pause();
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void count(ConsumerRecord<String, byte[]> record) {
        String importId = EventHeaders.get(record.headers(), EventHeaders.IMPORT_ID);
        if (importId == null) {
            return;
        }
        Count count = counts.computeIfAbsent(new Key(importId, record.topic(), record.partition()), k -> new Count());
        if (record.offset() <= count.throughOffset) {
            return;
        }
        count.count++;
        count.throughOffset = record.offset();
        count.dirty = true;
        if (Stage.ofTopic(record.topic()).orElseThrow().isFailure() && count.rejections.size() < maxListed) {
            count.rejections.add(rejectionOf(record));
        }
    }

    private static ImportRejection rejectionOf(ConsumerRecord<String, byte[]> record) {
        String reason = EventHeaders.get(record.headers(), DeadLetterHeaders.REASON);
        String stage = EventHeaders.get(record.headers(), DeadLetterHeaders.STAGE);
        CableSource source = new CableSource(record.key(), null);
        try {
            var value = Json.MAPPER.readTree(record.value());
            var node = value.has("source") ? value.path("source") : value.path("cable").path("source");
            if (node.hasNonNull("name")) {
                source = new CableSource(node.path("name").asText(),
                        node.hasNonNull("position") ? node.path("position").asText() : null);
            }
        } catch (IOException | RuntimeException e) {
            // the value is what the stage could not read; the key still says which cable
        }
        return new ImportRejection(source, (stage == null ? "a later stage" : stage) + " rejected " + record.key()
                + ": " + (reason == null ? "no reason given" : reason));
    }

    private void publishUntilAcknowledged() {
        List<ImportStageCount> changed = new ArrayList<>();
        Instant now = Instant.now();
        counts.forEach((key, count) -> {
            if (count.dirty) {
                String stage = Stage.ofTopic(key.topic()).orElseThrow().id();
                changed.add(new ImportStageCount(key.importId(), stage, key.topic(), key.partition(), count.count,
                        count.throughOffset, List.copyOf(count.rejections), now));
            }
        });
        while (running) {
            try {
                List<Future<?>> acks = changed.stream().<Future<?>>map(events::publish).toList();
                for (Future<?> ack : acks) {
                    ack.get(30, TimeUnit.SECONDS);
                }
                counts.values().forEach(count -> count.dirty = false);
                return;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
                LOG.warn("cannot publish import progress yet, retrying: {}", e.toString());
                pause();
            }
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            try {
                viewCurrent.get().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read cables.imports.v1 before counting: " + e, e);
            }
            for (TopicPartition partition : partitions) {
                for (ImportStageCount known : view.countsOf(partition.topic(), partition.partition())) {
                    Count count = new Count();
                    count.count = known.count();
                    count.throughOffset = known.throughOffset();
                    count.rejections.addAll(known.rejections());
                    counts.put(new Key(known.importId(), known.topic(), known.partition()), count);
                }
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            counts.keySet().removeIf(key -> partitions.contains(new TopicPartition(key.topic(), key.partition())));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
