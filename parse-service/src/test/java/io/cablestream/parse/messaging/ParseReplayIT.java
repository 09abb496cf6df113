package io.cablestream.parse.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.topic.Topics;
import io.cablestream.parser.CableParser;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestKafka;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Re-parsing after a parser upgrade, as docs/parser.md describes it: raw cables parsed once by the
 * running service are published again on {@code cables.parsed.v1} when a parse stage replays
 * {@code cables.raw.v1}, under a new consumer group or after its group was reset to the earliest
 * offsets. Each replayed cable keeps its key, reference ID and content hash, so consumers that
 * upsert by reference ID and content hash see the replay as harmless.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ParseReplayIT {

    private static final int CABLES = 3;
    private static final int FIRST_SERIAL = 501;
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(100);
    /** Stands in for the HTTP port a second parse-service would listen on; it names the replay's transactional ID. */
    private static final int REPLAY_INSTANCE_PORT = 1;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void replayUnderANewGroupIdRepublishesEveryRawCable() throws IOException {
        String importId = produceRawCables();
        awaitParsed(importId, CABLES);

        replay("parse-replay-" + UUID.randomUUID());

        List<ConsumerRecord<String, byte[]>> twice = awaitParsed(importId, 2 * CABLES);
        assertThat(twice).hasSize(2 * CABLES);
        Map<String, List<ParsedCable>> byKey = twice.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(record -> Topics.PARSED.decode(record.value()), Collectors.toList())));
        assertThat(byKey).containsOnlyKeys(referenceIds());
        byKey.forEach((key, versions) -> assertThat(versions)
                .extracting(ParsedCable::referenceId, ParsedCable::contentHash, ParsedCable::paragraphs)
                .containsExactly(tuple(key, versions.get(0).contentHash(), versions.get(0).paragraphs()),
                        tuple(key, versions.get(0).contentHash(), versions.get(0).paragraphs())));
    }

    @Test
    void replayAfterResettingAStoppedGroupToEarliestRepublishesEveryRawCable() throws Exception {
        String importId = produceRawCables();
        String group = "parse-reset-" + UUID.randomUUID();
        replay(group);
        awaitParsed(importId, 2 * CABLES);

        resetToEarliest(group);
        replay(group);

        assertThat(awaitParsed(importId, 3 * CABLES)).extracting(ConsumerRecord::key)
                .hasSize(3 * CABLES).containsOnlyElementsOf(referenceIds());
    }

    /** Publishes {@value #CABLES} different raw cables under a fresh import ID, which it returns. */
    private String produceRawCables() throws IOException {
        String importId = "replay-" + UUID.randomUUID();
        String template;
        try (InputStream in = ParseReplayIT.class.getResourceAsStream("/cables/09VALLETTA412.txt")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int serial = FIRST_SERIAL; serial < FIRST_SERIAL + CABLES; serial++) {
            String text = template.replace("412", String.valueOf(serial));
            RawCable raw = new RawCable(referenceId(serial), importId, CableParser.contentHash(text), "auto",
                    new CableSource("replay-test", "entry " + serial), null, Instant.now(), text);
            TestKafka.produce(bootstrap, Topics.RAW.name(), raw.referenceId(), Topics.RAW.encode(raw),
                    EventHeaders.of(Topics.RAW, raw.referenceId(), "test", TraceParent.newRoot(), importId));
        }
        return importId;
    }

    /** Runs a parse stage under consumer group {@code group} until it has read the whole raw topic, then stops it. */
    private void replay(String group) {
        long rawRecords = TestKafka.count(bootstrap, Topics.RAW.name());
        ParseStage stage = new ParseStage(bootstrap, group, REPLAY_INSTANCE_PORT, OpenTelemetry.noop());
        stage.start();
        try {
            await().atMost(TIMEOUT).until(() -> stage.loop().processed() + stage.loop().deadLettered() >= rawRecords);
        } finally {
            stage.stop();
        }
    }

    /** What {@code kafka-consumer-groups --reset-offsets --to-earliest --execute} does for a stopped group. */
    private void resetToEarliest(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(List.of(Topics.RAW.name()))
                    .allTopicNames().get().get(Topics.RAW.name()).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(Topics.RAW.name(), p.partition()),
                            p -> OffsetSpec.earliest()));
            Map<TopicPartition, OffsetAndMetadata> earliest = admin.listOffsets(partitions).all().get().entrySet()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
            admin.alterConsumerGroupOffsets(group, earliest).all().get();
        }
    }

    /** The parsed records of {@code importId} once at least {@code count} of them are on the topic. */
    private List<ConsumerRecord<String, byte[]>> awaitParsed(String importId, int count) {
        return await().atMost(TIMEOUT).until(() -> parsed(importId), records -> records.size() >= count);
    }

    /**
     * The committed records of {@code importId} on {@code cables.parsed.v1}, read to the topic's end
     * (counting offsets would count transaction markers too).
     */
    private List<ConsumerRecord<String, byte[]>> parsed(String importId) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PARSED.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(POLL).forEach(record -> {
                    if (importId.equals(Topics.PARSED.decode(record.value()).importId())) {
                        records.add(record);
                    }
                });
            }
        }
        return records;
    }

    private static List<String> referenceIds() {
        return IntStream.range(FIRST_SERIAL, FIRST_SERIAL + CABLES).mapToObj(ParseReplayIT::referenceId).toList();
    }

    private static String referenceId(int serial) {
        return "09VALLETTA" + serial;
    }
}
