package io.cablestream.query.original;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.topic.Topics;
import io.cablestream.query.config.QueryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the text of a cable exactly as ingest received it, on {@code cables.raw.v1}, the system of
 * record (the index keeps the parsed event only). The record is looked for in the partition its
 * reference ID is written to, backwards from the time the version was enriched (it was stored before
 * that), a window of records at a time, until the record with that reference ID and content hash is
 * found or {@code original.scan-limit} records were read.
 */
@ApplicationScoped
public class OriginalTexts {

    private static final String TOPIC = Topics.RAW.name();
    private static final String CLIENT_ID = "query-service-original";
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final int WINDOW = 500;
    private static final int EMPTY_POLLS = 20;

    private final String bootstrapServers;
    private final Map<String, String> kafkaOverrides;
    private final int scanLimit;

    @Inject
    OriginalTexts(QueryConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this(bootstrapServers, config.kafkaOverrides(), config.original().scanLimit());
    }

    /**
     * @param kafkaOverrides extra Kafka consumer settings
     * @param scanLimit how many records a lookup reads at most
     */
    public OriginalTexts(String bootstrapServers, Map<String, String> kafkaOverrides, int scanLimit) {
        this.bootstrapServers = bootstrapServers;
        this.kafkaOverrides = Map.copyOf(kafkaOverrides);
        this.scanLimit = scanLimit;
    }

    /**
     * The raw text of the version of a cable with this content hash, or empty when the topic no longer
     * holds it (retention) or it lies beyond the scan limit.
     *
     * @param enrichedAt when the version was enriched, or {@code null} to search from the end of the topic
     * @throws OriginalUnavailableException when the broker cannot be read
     */
    public Optional<String> find(String referenceId, String contentHash, Instant enrichedAt) {
        Map<String, String> overrides = new HashMap<>(kafkaOverrides);
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(WINDOW));
        overrides.putIfAbsent(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(bootstrapServers, null, CLIENT_ID,
                overrides)) {
            TopicPartition partition = partitionOf(consumer, referenceId);
            consumer.assign(List.of(partition));
            long first = consumer.beginningOffsets(List.of(partition), KAFKA_TIMEOUT).get(partition);
            long end = startOffset(consumer, partition, enrichedAt);
            long limit = Math.max(first, end - scanLimit);
            while (end > limit) {
                long start = Math.max(limit, end - WINDOW);
                Optional<String> text = scan(consumer, partition, start, end, referenceId, contentHash);
                if (text.isPresent()) {
                    return text;
                }
                end = start;
            }
            return Optional.empty();
        } catch (KafkaException e) {
            throw new OriginalUnavailableException("cannot read " + TOPIC + " from the broker at " + bootstrapServers
                    + ": " + e.getMessage(), e);
        }
    }

    /** The partition the producer's default partitioner writes the reference ID to. */
    private TopicPartition partitionOf(KafkaConsumer<String, byte[]> consumer, String referenceId) {
        List<PartitionInfo> partitions = consumer.partitionsFor(TOPIC, KAFKA_TIMEOUT);
        if (partitions == null || partitions.isEmpty()) {
            throw new OriginalUnavailableException("the broker at " + bootstrapServers + " has no topic " + TOPIC, null);
        }
        byte[] key = referenceId.getBytes(StandardCharsets.UTF_8);
        return new TopicPartition(TOPIC, Utils.toPositive(Utils.murmur2(key)) % partitions.size());
    }

    /** The offset after the last record that can have been written before {@code enrichedAt}. */
    private static long startOffset(KafkaConsumer<String, byte[]> consumer, TopicPartition partition,
            Instant enrichedAt) {
        long end = consumer.endOffsets(List.of(partition), KAFKA_TIMEOUT).get(partition);
        if (enrichedAt == null) {
            return end;
        }
        long after = enrichedAt.plus(CLOCK_SKEW).toEpochMilli();
        OffsetAndTimestamp found = consumer.offsetsForTimes(Map.of(partition, after), KAFKA_TIMEOUT).get(partition);
        return found == null ? end : found.offset();
    }

    private static Optional<String> scan(KafkaConsumer<String, byte[]> consumer, TopicPartition partition, long start,
            long end, String referenceId, String contentHash) {
        consumer.seek(partition, start);
        int emptyPolls = 0;
        while (consumer.position(partition, KAFKA_TIMEOUT) < end) {
            List<ConsumerRecord<String, byte[]>> records = consumer.poll(POLL).records(partition);
            emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
            if (emptyPolls == EMPTY_POLLS) {
                throw new OriginalUnavailableException("the broker sent no records of " + partition + " from offset "
                        + consumer.position(partition, KAFKA_TIMEOUT) + " within " + POLL.multipliedBy(EMPTY_POLLS)
                        .toSeconds() + " s", null);
            }
            for (ConsumerRecord<String, byte[]> record : records) {
                if (record.offset() >= end) {
                    return Optional.empty();
                }
                if (referenceId.equals(record.key()) && record.value() != null) {
                    Optional<String> text = textWithHash(record.value(), contentHash);
                    if (text.isPresent()) {
                        return text;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> textWithHash(byte[] value, String contentHash) {
        try {
            JsonNode raw = Json.MAPPER.readTree(value);
            return contentHash.equals(raw.path("contentHash").asText()) && raw.path("text").isTextual()
                    ? Optional.of(raw.path("text").asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
