package io.cablestream.contract.stage;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Producer and consumer settings shared by every service: durable producers ({@code acks=all},
 * idempotent, lz4) and consumers that commit only what was fully processed. Security settings
 * come from the environment ({@link KafkaSecurity}); explicit overrides win over both.
 * Keys are reference IDs as strings; values are JSON bytes.
 */
public final class KafkaClients {

    private KafkaClients() {
    }

    /** A durable producer; {@code overrides} (e.g. security settings) win over the defaults. */
    public static KafkaProducer<String, byte[]> producer(String bootstrapServers, String clientId,
            Map<String, String> overrides) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        config.putAll(KafkaSecurity.fromEnvironment(System.getenv()));
        config.putAll(overrides);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * A durable producer whose sends belong to Kafka transactions; {@code transactionalId} must be
     * unique among running instances (fencing of zombies relies on the consumer group's generation).
     */
    public static KafkaProducer<String, byte[]> transactionalProducer(String bootstrapServers, String clientId,
            String transactionalId, Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(overrides);
        settings.putIfAbsent(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        settings.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "60000");
        return producer(bootstrapServers, clientId, settings);
    }

    /**
     * A transactional ID that is unique among running instances and stable across restarts of the
     * same instance ({@code service-host-port}), so a restarted stage aborts what its crashed
     * predecessor left open instead of making downstream readers wait for the transaction timeout.
     */
    public static String instanceId(String service, int port) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return service + "-" + host + "-" + port;
    }

    /**
     * A consumer in {@code groupId} (or none) that starts at the earliest offset, never auto-commits
     * and sees only committed transactional records.
     */
    public static KafkaConsumer<String, byte[]> consumer(String bootstrapServers, String groupId, String clientId,
            Map<String, String> overrides) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        config.putAll(KafkaSecurity.fromEnvironment(System.getenv()));
        config.putAll(overrides);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
