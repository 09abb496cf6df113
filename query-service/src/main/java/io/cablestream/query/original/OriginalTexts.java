package io.cablestream.query.original;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.RecordPosition;
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
import org.jboss.logging.Logger;

/**
 * Finds the text of a cable exactly as ingest received it, on {@code cables.raw.v1}, the system of
 * record (the index keeps the parsed event only). A version whose event carries the raw record's
 * position is read with one seek to that partition and offset. A version without one (its event was
 * written before positions were carried), or whose position holds another record, is looked for in the
 * partition its reference ID is written to, backwards from the time the version was enriched (it was
 * stored before that), a window of records at a time, until the record with that reference ID and
 * content hash is found or {@code original.scan-limit} records were read.
 */
@ApplicationScoped
public class OriginalTexts {

    private static final Logger LOG = Logger.getLogger(OriginalTexts.class);
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
     * holds it (retention) or, searched for without a position, it lies beyond the scan limit.
     *
     * @param rawPosition where the version's raw record lies, or {@code null} to search for it
     * @param enrichedAt when the version was enriched, or {@code null} to search from the end of the topic
     * @throws OriginalUnavailableException when the broker cannot be read
     */
    public Optional<String> find(String referenceId, String contentHash, RecordPosition rawPosition,
            Instant enrichedAt) {
        Map<String, String> overrides = new HashMap<>(kafkaOverrides);
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(WINDOW));
        overrides.putIfAbsent(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(bootstrapServers, null, CLIENT_ID,
                overrides)) {
            List<PartitionInfo> partitions = partitionsOf(consumer);
            if (rawPosition != null && rawPosition.partition() < partitions.size()) {
                TopicPartition partition = new TopicPartition(TOPIC, rawPosition.partition());
                consumer.assign(List.of(partition));
                long first = consumer.beginningOffsets(List.of(partition), KAFKA_TIMEOUT).get(partition);
                if (rawPosition.offset() < first) {
                    return Optional.empty();
                }
                Optional<String> text = readAt(consumer, partition, rawPosition.offset(), referenceId, contentHash);
                if (text.isPresent()) {
                    return text;
                }
                LOG.debugf("%s at %s holds no record of %s with %s; searching the partition instead", TOPIC,
                        rawPosition, referenceId, contentHash);
            }
            return scanBackwards(consumer, partitionOf(partitions, referenceId), referenceId, contentHash,
                    enrichedAt);
        } catch (KafkaException e) {
            throw new OriginalUnavailableException("cannot read " + TOPIC + " from the broker at " + bootstrapServers
                    + ": " + e.getMessage(), e);
        }
    }

    private Optional<String> scanBackwards(KafkaConsumer<String, byte[]> consumer, TopicPartition partition,
            String referenceId, String contentHash, Instant enrichedAt) {
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
    }

    private List<PartitionInfo> partitionsOf(KafkaConsumer<String, byte[]> consumer) {
        List<PartitionInfo> partitions = consumer.partitionsFor(TOPIC, KAFKA_TIMEOUT);
        if (partitions == null || partitions.isEmpty()) {
            throw new OriginalUnavailableException("the broker at " + bootstrapServers + " has no topic " + TOPIC, null);
        }
        return partitions;
    }

    /** The partition the producer's default partitioner writes the reference ID to. */
    private static TopicPartition partitionOf(List<PartitionInfo> partitions, String referenceId) {
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

    /** The text of the record at {@code offset} when it is this version of the cable; empty when it is not. */
    private static Optional<String> readAt(KafkaConsumer<String, byte[]> consumer, TopicPartition partition,
            long offset, String referenceId, String contentHash) {
        long end = consumer.endOffsets(List.of(partition), KAFKA_TIMEOUT).get(partition);
        if (offset >= end) {
            return Optional.empty();
        }
        consumer.seek(partition, offset);
        for (int emptyPolls = 0; emptyPolls < EMPTY_POLLS; emptyPolls++) {
            List<ConsumerRecord<String, byte[]>> records = consumer.poll(POLL).records(partition);
            if (!records.isEmpty()) {
                ConsumerRecord<String, byte[]> record = records.getFirst();
                return record.offset() == offset && referenceId.equals(record.key()) && record.value() != null
                        ? textWithHash(record.value(), contentHash) : Optional.empty();
            }
        }
        throw noRecords(consumer, partition);
    }

    private static Optional<String> scan(KafkaConsumer<String, byte[]> consumer, TopicPartition partition, long start,
            long end, String referenceId, String contentHash) {
        consumer.seek(partition, start);
        int emptyPolls = 0;
        while (consumer.position(partition, KAFKA_TIMEOUT) < end) {
            List<ConsumerRecord<String, byte[]>> records = consumer.poll(POLL).records(partition);
            emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
            if (emptyPolls == EMPTY_POLLS) {
                throw noRecords(consumer, partition);
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

    private static OriginalUnavailableException noRecords(KafkaConsumer<String, byte[]> consumer,
            TopicPartition partition) {
        return new OriginalUnavailableException("the broker sent no records of " + partition + " from offset "
                + consumer.position(partition, KAFKA_TIMEOUT) + " within " + POLL.multipliedBy(EMPTY_POLLS).toSeconds()
                + " s", null);
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
