package io.cablestream.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic as read_committed consumers see it. Ingest writes in transactions, whose
 * commit markers take offsets too, so the end offsets, not a record count, tell when all is read.
 */
final class TopicRecords {

    private TopicRecords() {
    }

    /** Every committed record of {@code topic} now. */
    static List<ConsumerRecord<String, byte[]>> all(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /** The committed records of {@code topic} keyed {@code key}, waiting up to 20 s for at least {@code atLeast}. */
    static List<ConsumerRecord<String, byte[]>> keyed(String bootstrap, String topic, String key, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            var matching = all(bootstrap, topic).stream().filter(r -> key.equals(r.key())).toList();
            if (matching.size() >= atLeast || System.nanoTime() > deadline) {
                return matching;
            }
        }
    }
}
