package io.cablestream.query.original;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.event.RecordPosition;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.KafkaBroker;
import io.cablestream.testsupport.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Original texts looked up on a real broker's {@code cables.raw.v1}, among other cables' records: at the
 * position the event recorded, and searched for when the event carries none or a stale one.
 */
class OriginalTextsIT {

    private static final String ID = "07MOSCOW3804";
    private static final String FIRST = "<html><body><pre>C O N F I D E N T I A L MOSCOW 003804\r\n"
            + "<script>alert(1)</script> Zürich – “quoted”\r\n</pre></body></html>";
    private static final String SECOND = "C O N F I D E N T I A L MOSCOW 003804\n\nSUBJECT: SECOND RELEASE\n";
    private static final String EXPIRED_ID = "06ROME100";
    private static final int FILLERS = 60;
    /** Reads nothing when searching: a lookup that succeeds with it went straight to the record. */
    private static final int NO_SCAN = 0;

    private static KafkaBroker broker;
    private static RecordPosition expired;
    private static RecordPosition first;
    private static RecordPosition filler;
    private static RecordPosition second;

    @BeforeAll
    static void publishTwoVersionsAmongOtherCables() throws ExecutionException, InterruptedException {
        broker = KafkaBroker.startWithContractTopics(3);
        expired = publish(EXPIRED_ID, "sha256:expired", "dropped by retention");
        deleteRecordsBefore(new TopicPartition(Topics.RAW.name(), expired.partition()), expired.offset() + 1);
        first = publish(ID, "sha256:first", FIRST);
        for (int i = 0; i < FILLERS; i++) {
            filler = publish("08PARIS" + i, "sha256:filler-" + i, "filler " + i);
        }
        second = publish(ID, "sha256:second", SECOND);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void readsEachVersionAtItsRecordedPositionExactlyAsReceived() {
        var seekOnly = new OriginalTexts(broker.bootstrapServers(), Map.of(), NO_SCAN);

        assertThat(seekOnly.find(ID, "sha256:first", first, Instant.now())).contains(FIRST);
        assertThat(seekOnly.find(ID, "sha256:second", second, Instant.now())).contains(SECOND);
        assertThat(seekOnly.find(ID, "sha256:second", second, null)).contains(SECOND);
    }

    @Test
    void searchesThePartitionWhenTheRecordedPositionHoldsAnotherRecord() {
        var seekOnly = new OriginalTexts(broker.bootstrapServers(), Map.of(), NO_SCAN);
        var searching = new OriginalTexts(broker.bootstrapServers(), Map.of(), 10_000);
        var pastTheEnd = new RecordPosition(second.partition(), second.offset() + 1_000);
        var noSuchPartition = new RecordPosition(99, 0);

        assertThat(seekOnly.find(ID, "sha256:first", filler, null)).isEmpty();
        assertThat(searching.find(ID, "sha256:first", filler, null)).contains(FIRST);
        assertThat(searching.find(ID, "sha256:first", second, null)).contains(FIRST);
        assertThat(searching.find(ID, "sha256:second", pastTheEnd, null)).contains(SECOND);
        assertThat(searching.find(ID, "sha256:second", noSuchPartition, null)).contains(SECOND);
    }

    @Test
    void findsNothingAtAPositionRetentionDropped() {
        var searching = new OriginalTexts(broker.bootstrapServers(), Map.of(), 10_000);

        assertThat(searching.find(EXPIRED_ID, "sha256:expired", expired, null)).isEmpty();
        assertThat(searching.find(EXPIRED_ID, "sha256:expired", null, null)).isEmpty();
    }

    @Test
    void findsEachVersionByItsContentHashWhenItsEventCarriesNoPosition() {
        var originals = new OriginalTexts(broker.bootstrapServers(), Map.of(), 10_000);
        Instant enriched = Instant.now();

        assertThat(originals.find(ID, "sha256:first", null, enriched)).contains(FIRST);
        assertThat(originals.find(ID, "sha256:second", null, enriched)).contains(SECOND);
        assertThat(originals.find(ID, "sha256:second", null, null)).contains(SECOND);
    }

    @Test
    void findsNothingForAnUnknownHashOrAnotherCablesHash() {
        var originals = new OriginalTexts(broker.bootstrapServers(), Map.of(), 10_000);

        assertThat(originals.find(ID, "sha256:unknown", null, null)).isEmpty();
        assertThat(originals.find(ID, "sha256:filler-3", null, null)).isEmpty();
        assertThat(originals.find(ID, "sha256:unknown", first, null)).isEmpty();
    }

    @Test
    void searchesNoFurtherBackThanTheScanLimitNorPastTheTimeOfEnrichment() {
        var shortSighted = new OriginalTexts(broker.bootstrapServers(), Map.of(), 5);
        assertThat(shortSighted.find(ID, "sha256:second", null, null)).contains(SECOND);
        assertThat(shortSighted.find(ID, "sha256:first", null, null)).as("%d records further back", FILLERS / 3)
                .isEmpty();

        var originals = new OriginalTexts(broker.bootstrapServers(), Map.of(), 10_000);
        assertThat(originals.find(ID, "sha256:first", null, Instant.now().minus(Duration.ofHours(1))))
                .as("records written after the version was enriched cannot hold it").isEmpty();
    }

    @Test
    void anUnreachableBrokerIsReportedAsUnavailable() {
        var originals = new OriginalTexts("127.0.0.1:1", Map.of("default.api.timeout.ms", "2000",
                "request.timeout.ms", "1000"), 10);

        assertThatThrownBy(() -> originals.find(ID, "sha256:first", first, null))
                .isInstanceOf(OriginalUnavailableException.class)
                .hasMessageContaining("cannot read cables.raw.v1 from the broker at 127.0.0.1:1");
    }

    private static RecordPosition publish(String id, String hash, String text) {
        var raw = new RawCable(id, "import-1", hash, "auto", new CableSource("test", "entry 1"), null, Instant.now(),
                text);
        var stored = TestKafka.produce(broker.bootstrapServers(), Topics.RAW.name(), id, Topics.RAW.encode(raw),
                EventHeaders.of(Topics.RAW, id, "ingest-service", TraceParent.newRoot(), "import-1"));
        return new RecordPosition(stored.partition(), stored.offset());
    }

    private static void deleteRecordsBefore(TopicPartition partition, long offset)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(offset))).all().get();
        }
    }
}
