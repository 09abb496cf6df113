import java.time.Duration;
import java.util.*;
import org.apache.kafka.clients.consumer.*;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.*;

/** Ingest benchmark helper: counts read_committed records on cables.raw.v1 per import header, and distinct keys per import. */
public class CountRaw {
    public static void main(String[] args) {
        var config = Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        Map<String, Long> records = new TreeMap<>();
        Map<String, Set<String>> keys = new TreeMap<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor("cables.raw.v1").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (var r : consumer.poll(Duration.ofMillis(500))) {
                    var h = r.headers().lastHeader("cablestream_import_id");
                    String imp = h == null ? "(none)" : new String(h.value());
                    records.merge(imp, 1L, Long::sum);
                    keys.computeIfAbsent(imp, k -> new HashSet<>()).add(r.key());
                }
            }
        }
        Set<String> all = new HashSet<>();
        keys.values().forEach(all::addAll);
        records.forEach((imp, n) -> System.out.println(imp + " records=" + n + " distinctKeys=" + keys.get(imp).size()));
        System.out.println("total records=" + records.values().stream().mapToLong(Long::longValue).sum()
                + " distinctKeys=" + all.size());
    }
}
