package io.cablestream.stack.bench;

import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Where the freshness of each cable goes, hop by hop: a {@code read_committed} consumer without group
 * follows {@code cables.raw.v1}, {@code cables.parsed.v1} and {@code cables.enriched.v1} from their
 * ends and notes when each cable's record becomes readable there (its transaction committed), so the
 * time from ingest's acknowledgement to the live feed's announcement splits into: the raw record
 * readable (ingest's transaction and those before it on the partition), parse (fetch, parse, commit),
 * enrich (the same), and query-service (fetch, index, refresh, announce).
 */
final class HopTimes implements AutoCloseable {

    /** The four parts of ack → searchable, each over the cables seen at every point. */
    record Split(Latencies ackToRaw, Latencies parse, Latencies enrich, Latencies query) {
    }

    private static final List<String> TOPICS = List.of(Topics.RAW.name(), Topics.PARSED.name(), Topics.ENRICHED.name());

    private final List<Map<String, Long>> readable = List.of(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
            new ConcurrentHashMap<>());
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    /** Starts following the three topics from their current ends. */
    HopTimes(String bootstrap) {
        consumer = KafkaClients.consumer(bootstrap, null, "bench-hops", Map.of());
        List<TopicPartition> partitions = new ArrayList<>();
        TOPICS.forEach(topic -> consumer.partitionsFor(topic)
                .forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = Thread.ofPlatform().name("bench-hops").daemon().start(this::follow);
    }

    private void follow() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    if (record.key() != null) {
                        readable.get(TOPICS.indexOf(record.topic())).putIfAbsent(record.key().toUpperCase(Locale.ROOT), now);
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /**
     * @param acked {@link System#nanoTime()} of each cable's acknowledgement, by upper-case reference ID
     * @param seen {@link System#nanoTime()} of each cable's announcement on the live feed
     */
    Split split(Map<String, Long> acked, Map<String, Long> seen) {
        List<List<Long>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        acked.forEach((id, ack) -> {
            Long raw = readable.get(0).get(id);
            Long parsed = readable.get(1).get(id);
            Long enriched = readable.get(2).get(id);
            Long announced = seen.get(id);
            if (raw != null && parsed != null && enriched != null && announced != null) {
                long[] points = {ack, raw, parsed, enriched, announced};
                for (int i = 0; i < 4; i++) {
                    parts.get(i).add(Math.max(0, points[i + 1] - points[i]));
                }
            }
        });
        return new Split(Latencies.of(parts.get(0)), Latencies.of(parts.get(1)), Latencies.of(parts.get(2)),
                Latencies.of(parts.get(3)));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10));
    }
}
