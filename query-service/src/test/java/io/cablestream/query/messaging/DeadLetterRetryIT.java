package io.cablestream.query.messaging;

import static io.cablestream.query.TestCables.cable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cablestream.contract.header.DeadLetterHeaders;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.topic.Topics;
import io.cablestream.query.index.CableIndex;
import io.cablestream.testsupport.KafkaBroker;
import io.cablestream.testsupport.TestKafka;
import io.opentelemetry.api.OpenTelemetry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad record whose dead letter the broker cannot take is neither indexed nor skipped: the feeder waits and retries. */
class DeadLetterRetryIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.ENRICHED.deadLetterName();

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.startWithContractTopics(1);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void recordIsParkedOnceTheDeadLetterTopicIsBackAndOnlyThenAreLaterCablesIndexed(@TempDir Path dir)
            throws Exception {
        deleteTopic(DEAD_LETTERS);
        byte[] bad = "[]".getBytes(StandardCharsets.UTF_8);
        TestKafka.produce(broker.bootstrapServers(), Topics.ENRICHED.name(), "09BAD1", bad, new RecordHeaders());
        TestKafka.produce(broker.bootstrapServers(), Topics.ENRICHED.name(), "09GOOD2", cable("09GOOD2").json(),
                new RecordHeaders());

        try (var index = CableIndex.open(dir)) {
            var deadLetters = new DeadLetters(KafkaClients.producer(broker.bootstrapServers(), "test-dlq",
                    Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, "500")), Duration.ofSeconds(1));
            var feeder = new IndexFeeder(index,
                    KafkaClients.consumer(broker.bootstrapServers(), null, "test-dlq", Map.of()), deadLetters,
                    Duration.ofSeconds(1), published -> { }, OpenTelemetry.noop());
            Thread thread = Thread.ofPlatform().name("test-feeder").start(feeder);
            try {
                await().atMost(WAIT).until(feeder::isReady);
                await().atMost(WAIT).until(() -> !feeder.isReady());
                assertThat(feeder.applied()).isZero();
                assertThat(feeder.deadLettered()).isZero();

                broker.createTopics(List.of(DEAD_LETTERS), 1);

                await().atMost(WAIT).untilAsserted(() -> {
                    assertThat(feeder.deadLettered()).isEqualTo(1);
                    assertThat(index.count()).isEqualTo(1);
                });
                var parked = TestKafka.consume(broker.bootstrapServers(), DEAD_LETTERS, 1, WAIT);
                assertThat(parked).singleElement().satisfies(record -> {
                    assertThat(record.key()).isEqualTo("09BAD1");
                    assertThat(record.value()).isEqualTo(bad);
                    assertThat(EventHeaders.get(record.headers(), DeadLetterHeaders.OFFSET)).isEqualTo("0");
                });
            } finally {
                feeder.stop();
                thread.join();
            }
        }
    }

    private static void deleteTopic(String name) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.deleteTopics(List.of(name)).all().get(30, TimeUnit.SECONDS);
            await().atMost(WAIT).until(() -> !admin.listTopics().names().get().contains(name));
        }
    }
}
