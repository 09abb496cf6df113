package io.cablestream.contract.stage;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Locale;
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
 * idempotent) and consumers that commit only what was fully processed. Records are not compressed
 * unless {@code KAFKA_COMPRESSION_TYPE} names a codec (e.g. {@code lz4} where the network between
 * clients and brokers is the limit): on one machine compressing cost every stage and consumer more
 * CPU than the bytes saved (docs/benchmarks.md#pipeline). Transactional producers linger longer,
 * since every commit sends what waits anyway: fewer, larger produce requests, each of which the
 * broker checks against the transaction. Security settings come from the environment
 * ({@link KafkaSecurity}); explicit overrides win over both. Keys are reference IDs as strings;
 * values are JSON bytes.
 */
public final class KafkaClients {

    /** The environment variable that turns compression on, e.g. {@code KAFKA_COMPRESSION_TYPE=lz4}. */
    public static final String COMPRESSION_VARIABLE = "KAFKA_COMPRESSION_TYPE";

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
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compressionType(System.getenv()));
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

    /** The codec {@code environment} names in {@value #COMPRESSION_VARIABLE}, or {@code none}. */
    static String compressionType(Map<String, String> environment) {
        String codec = environment.get(COMPRESSION_VARIABLE);
        return codec == null || codec.isBlank() ? "none" : codec.strip().toLowerCase(Locale.ROOT);
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
        settings.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "100");
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
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        config.putAll(KafkaSecurity.fromEnvironment(System.getenv()));
        config.putAll(overrides);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
