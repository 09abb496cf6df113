package io.cablestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.topic.Topics;
import io.cablestream.enrich.enricher.CableEnricher;
import io.cablestream.enrich.enricher.Enricher;
import io.cablestream.enrich.messaging.EnrichStage;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestKafka;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.arc.All;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * Proves the two ways docs/enrich.md gives to apply a new enricher version to every parsed cable: run the stage
 * under a new consumer group, or reset the stage's group to the earliest offsets of {@code cables.parsed.v1}.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ReEnrichByReplayIT {

    private static final List<String> CABLES = List.of("09REPLAYPOST1", "09REPLAYPOST2", "09REPLAYPOST3");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    @All
    List<Enricher> enrichers;

    @Test
    void aNewEnricherVersionReEnrichesEveryParsedCableUnderANewGroupOrAfterAnOffsetReset() throws Exception {
        for (String id : CABLES) {
            ParsedCable cable = ParsedCables.withIdAndTags(id, "PREL");
            TestKafka.produce(bootstrap, Topics.PARSED.name(), id, Topics.PARSED.encode(cable),
                    EventHeaders.of(Topics.PARSED, id, "test", TraceParent.newRoot(), "imp-replay"));
        }

        runUntilEveryCableCarries("1", "enrich-replay", 40_101);
        runUntilEveryCableCarries("2", "enrich-replay-v2", 40_102);

        resetToEarliest("enrich-replay");
        runUntilEveryCableCarries("3", "enrich-replay", 40_103);
    }

    private void runUntilEveryCableCarries(String version, String groupId, int instance) {
        var stage = new EnrichStage(cableEnricher(version), bootstrap, () -> groupId, instance,
                OpenTelemetry.noop());
        stage.start();
        try {
            await().atMost(90, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(replayVersions().get(version)).containsExactlyInAnyOrderElementsOf(CABLES));
        } finally {
            stage.stop();
        }
    }

    private CableEnricher cableEnricher(String version) {
        List<Enricher> all = new ArrayList<>(enrichers);
        all.add(new Enricher() {
            @Override
            public String name() {
                return "replay-probe";
            }

            @Override
            public String version() {
                return version;
            }

            @Override
            public JsonNode enrich(ParsedCable cable) {
                return Json.MAPPER.valueToTree(Map.of("seen", cable.referenceId()));
            }
        });
        return new CableEnricher(all);
    }

    /** The replay cables on cables.enriched.v1, grouped by the version of the probe enricher stamped on them. */
    private Map<String, List<String>> replayVersions() {
        return committedRecords(Topics.ENRICHED.name()).stream()
                .filter(record -> CABLES.contains(record.key()))
                .map(record -> Topics.ENRICHED.decode(record.value()))
                .filter(event -> event.annotations().containsKey("replay-probe"))
                .collect(Collectors.groupingBy(event -> event.annotations().get("replay-probe").version(),
                        Collectors.mapping(event -> event.cable().referenceId(), Collectors.toList())));
    }

    /** Every committed record the topic holds now (transaction markers take offsets, so offsets do not count records). */
    private List<ConsumerRecord<String, byte[]>> committedRecords(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** What {@code kafka-consumer-groups.sh --reset-offsets --to-earliest --topic cables.parsed.v1} does. */
    private void resetToEarliest(String groupId) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var partitions = admin.describeTopics(List.of(Topics.PARSED.name())).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(Topics.PARSED.name()).partitions().stream()
                    .map(info -> new TopicPartition(Topics.PARSED.name(), info.partition()))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest()));
            var earliest = admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
            admin.alterConsumerGroupOffsets(groupId, earliest).all().get(30, TimeUnit.SECONDS);
        }
    }
}
