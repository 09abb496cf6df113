package io.cablestream.stack.bench;

import io.cablestream.contract.stage.KafkaClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a whole topic once, as a {@code read_committed} consumer without group sees it, from the
 * beginning of every partition to its end at the time of the call.
 */
final class TopicScan {

    private TopicScan() {
    }

    static void forEach(String bootstrap, String topic, Consumer<ConsumerRecord<String, byte[]>> action) {
        try (var consumer = KafkaClients.consumer(bootstrap, null, "bench-scan-" + topic, Map.of())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(action);
            }
        }
    }
}
