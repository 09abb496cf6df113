package io.cablestream.query.messaging;

import static io.cablestream.query.TestCables.cable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.topic.Topics;
import io.cablestream.query.TestCables;
import io.cablestream.query.index.CableIndex;
import io.cablestream.query.index.CableSearch;
import io.cablestream.query.index.SearchRequest;
import io.cablestream.testsupport.KafkaBroker;
import io.cablestream.testsupport.TestKafka;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeders and their indexes stopped and started against a real broker, as replicas restart; the
 * first cables arrive in Kafka transactions, as enrich-service writes them.
 */
class FeederRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.startWithContractTopics(3);
        publishInOneTransaction(IntStream.range(0, 20).mapToObj(i -> cable("07MOSCOW" + i).subject("Version one")));
        publishInOneTransaction(IntStream.range(0, 5).mapToObj(i -> cable("07MOSCOW" + i).subject("Version two")));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void restartedFeederResumesFromTheIndexCommitAndCountsNoCableTwice(@TempDir Path dir) throws IOException {
        try (var replica = Replica.start(dir)) {
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(replica.feeder.applied()).isEqualTo(25);
                assertThat(replica.index.count()).isEqualTo(20);
                assertThat(committedOffsets(replica)).as("offsets past the transaction markers")
                        .isEqualTo(TestKafka.count(broker.bootstrapServers(), Topics.ENRICHED.name()));
            });
        }

        try (var replica = Replica.start(dir)) {
            assertThat(committedOffsets(replica))
                    .isEqualTo(TestKafka.count(broker.bootstrapServers(), Topics.ENRICHED.name()));
            publish(cable("07MOSCOW1").subject("Version three"));
            publish(cable("07MOSCOW100").subject("Version one"));

            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(replica.feeder.applied()).isEqualTo(2);
                assertThat(replica.index.count()).isEqualTo(21);
                assertThat(new CableSearch(replica.index, 10).count(SearchRequest.of("three"))).isEqualTo(1);
            });
        }
    }

    @Test
    void eachReplicaBuildsTheWholeIndexOnItsOwn(@TempDir Path first, @TempDir Path second) throws IOException {
        try (var one = Replica.start(first); var two = Replica.start(second)) {
            await().atMost(WAIT).until(() -> one.index.count() >= 20 && two.index.count() >= 20);
            assertThat(one.feeder.partitions()).isEqualTo(3);
            assertThat(two.feeder.partitions()).isEqualTo(3);
        }
    }

    private static long committedOffsets(Replica replica) {
        return replica.index.committedOffsets().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Publishes like enrich-service does: in a Kafka transaction, which ends each partition with a marker. */
    private static void publishInOneTransaction(Stream<TestCables> cables) {
        try (var producer = KafkaClients.transactionalProducer(broker.bootstrapServers(), "test-enrich",
                "test-enrich-" + UUID.randomUUID(), Map.of())) {
            producer.initTransactions();
            producer.beginTransaction();
            cables.forEach(cable -> {
                byte[] json = cable.json();
                String id = Topics.ENRICHED.decode(json).cable().referenceId();
                producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), null, id, json,
                        EventHeaders.of(Topics.ENRICHED, id, "enrich-service", TraceParent.newRoot(), null)));
            });
            producer.commitTransaction();
        }
    }

    private static void publish(TestCables cable) {
        byte[] json = cable.json();
        String id = Topics.ENRICHED.decode(json).cable().referenceId();
        TestKafka.produce(broker.bootstrapServers(), Topics.ENRICHED.name(), id, json,
                EventHeaders.of(Topics.ENRICHED, id, "enrich-service", TraceParent.newRoot(), null));
    }

    /** One query-service replica without Quarkus: an index and the feeder that fills it. */
    private record Replica(CableIndex index, IndexFeeder feeder, Thread thread) implements AutoCloseable {

        static Replica start(Path dir) throws IOException {
            var index = CableIndex.open(dir);
            var feeder = new IndexFeeder(index,
                    KafkaClients.consumer(broker.bootstrapServers(), null, "test-replica", Map.of()),
                    new DeadLetters(KafkaClients.producer(broker.bootstrapServers(), "test-replica", Map.of()),
                            WAIT),
                    Duration.ofSeconds(1), published -> { }, OpenTelemetry.noop());
            return new Replica(index, feeder, Thread.ofPlatform().name("test-feeder").start(feeder));
        }

        @Override
        public void close() throws IOException {
            feeder.stop();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            index.close();
        }
    }
}
