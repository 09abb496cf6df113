package io.cablestream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cablestream.contract.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour of the broker every test gets: contract topics, compaction, round trips, no auto-creation. */
class KafkaBrokerTest {

    private static KafkaBroker broker;
    private static Admin admin;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.startWithContractTopics(3);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    @AfterAll
    static void stopBroker() {
        admin.close();
        broker.close();
    }

    @Test
    void createsEveryContractTopicWithTheAskedPartitions() throws Exception {
        Map<String, TopicDescription> topics = admin.describeTopics(Topics.allNames()).allTopicNames().get();

        assertThat(topics).containsOnlyKeys(Topics.allNames());
        assertThat(topics.values()).extracting(topic -> topic.partitions().size()).containsOnly(3);
    }

    @Test
    void compactsTheEnrichedTopicAndNoOther() throws Exception {
        Map<String, String> expected = Topics.allNames().stream().collect(Collectors.toMap(name -> name,
                name -> name.equals(Topics.ENRICHED.name()) ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE));

        assertThat(cleanupPolicies(Topics.allNames())).isEqualTo(expected);
    }

    @Test
    void createTopicsLeavesExistingTopicsAsTheyAre() throws Exception {
        broker.createTopics(List.of(Topics.RAW.name()), 5);

        TopicDescription raw = admin.describeTopics(List.of(Topics.RAW.name())).allTopicNames().get().get(Topics.RAW.name());
        assertThat(raw.partitions()).hasSize(3);
    }

    @Test
    void consumesBackARecordProducedWithAcksAll() {
        broker.createTopics(List.of("roundtrip"), 2);
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", "io.cablestream.test".getBytes(StandardCharsets.UTF_8));

        TestKafka.produce(broker.bootstrapServers(), "roundtrip", "07MOSCOW3804", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), headers);
        List<ConsumerRecord<String, byte[]>> records = TestKafka.consume(broker.bootstrapServers(), "roundtrip", 1, Duration.ofSeconds(30));

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("07MOSCOW3804");
            assertThat(record.value()).asString(StandardCharsets.UTF_8).isEqualTo("{\"a\":1}");
            assertThat(record.headers().lastHeader("ce_type").value()).asString(StandardCharsets.UTF_8).isEqualTo("io.cablestream.test");
        });
    }

    @Test
    void countsRecordsOverEveryPartition() {
        broker.createTopics(List.of("counted"), 3);
        for (String key : List.of("07MOSCOW3804", "08PARIS1200", "09TOKYO77", "10CAIRO9")) {
            TestKafka.produce(broker.bootstrapServers(), "counted", key, new byte[] {1}, new RecordHeaders());
        }

        assertThat(TestKafka.count(broker.bootstrapServers(), "counted")).isEqualTo(4);
        assertThat(TestKafka.consume(broker.bootstrapServers(), "counted", 4, Duration.ofSeconds(30))).hasSize(4);
    }

    @Test
    void consumeFailsSayingHowManyRecordsItSaw() {
        broker.createTopics(List.of("short"), 1);
        TestKafka.produce(broker.bootstrapServers(), "short", "07MOSCOW3804", new byte[] {1}, new RecordHeaders());

        assertThatThrownBy(() -> TestKafka.consume(broker.bootstrapServers(), "short", 2, Duration.ofSeconds(1)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("at least 2 records on short")
                .hasMessageContaining("saw 1");
    }

    @Test
    void acceptsRecordsLargerThanKafkasOneMegabyteDefault() {
        broker.createTopics(List.of("large"), 1);
        byte[] value = new byte[3 * 1024 * 1024];

        TestKafka.produce(broker.bootstrapServers(), "large", "07MOSCOW3804", value, new RecordHeaders());

        assertThat(TestKafka.consume(broker.bootstrapServers(), "large", 1, Duration.ofSeconds(30)))
                .singleElement().extracting(record -> record.value().length).isEqualTo(value.length);
    }

    @Test
    void refusesToAutoCreateAnUnknownTopic() throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("never.created", "k", new byte[] {1})).get())
                    .hasCauseInstanceOf(TimeoutException.class)
                    .hasMessageContaining("never.created");
        }

        assertThat(admin.listTopics().names().get()).doesNotContain("never.created");
    }

    private static Map<String, String> cleanupPolicies(List<String> topics) throws Exception {
        List<ConfigResource> resources = topics.stream().map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
        return configs.entrySet().stream().collect(Collectors.toMap(
                entry -> entry.getKey().name(),
                entry -> entry.getValue().get(TopicConfig.CLEANUP_POLICY_CONFIG).value()));
    }
}
