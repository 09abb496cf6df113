package io.cablestream.query.original;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.KafkaBroker;
import io.cablestream.testsupport.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Original texts looked up on a real broker's {@code cables.raw.v1}, among other cables' records. */
class OriginalTextsIT {

    private static final String ID = "07MOSCOW3804";
    private static final String FIRST = "<html><body><pre>C O N F I D E N T I A L MOSCOW 003804\r\n"
            + "<script>alert(1)</script> Zürich – “quoted”\r\n</pre></body></html>";
    private static final String SECOND = "C O N F I D E N T I A L MOSCOW 003804\n\nSUBJECT: SECOND RELEASE\n";
    private static final int FILLERS = 60;

    private static KafkaBroker broker;

    @BeforeAll
    static void publishTwoVersionsAmongOtherCables() {
        broker = KafkaBroker.startWithContractTopics(3);
        publish(ID, "sha256:first", FIRST);
        for (int i = 0; i < FILLERS; i++) {
            publish("08PARIS" + i, "sha256:filler-" + i, "filler " + i);
        }
        publish(ID, "sha256:second", SECOND);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void findsEachVersionByItsContentHashExactlyAsReceived() {
        var originals = new OriginalTexts(broker.bootstrapServers(), Map.of(), 10_000);
        Instant enriched = Instant.now();

        assertThat(originals.find(ID, "sha256:first", enriched)).contains(FIRST);
        assertThat(originals.find(ID, "sha256:second", enriched)).contains(SECOND);
        assertThat(originals.find(ID, "sha256:second", null)).contains(SECOND);
    }

    @Test
    void findsNothingForAnUnknownHashOrAnotherCablesHash() {
        var originals = new OriginalTexts(broker.bootstrapServers(), Map.of(), 10_000);

        assertThat(originals.find(ID, "sha256:unknown", null)).isEmpty();
        assertThat(originals.find(ID, "sha256:filler-3", null)).isEmpty();
    }

    @Test
    void readsNoFurtherBackThanTheScanLimitNorPastTheTimeOfEnrichment() {
        var shortSighted = new OriginalTexts(broker.bootstrapServers(), Map.of(), 5);
        assertThat(shortSighted.find(ID, "sha256:second", null)).contains(SECOND);
        assertThat(shortSighted.find(ID, "sha256:first", null)).as("%d records further back", FILLERS / 3).isEmpty();

        var originals = new OriginalTexts(broker.bootstrapServers(), Map.of(), 10_000);
        assertThat(originals.find(ID, "sha256:first", Instant.now().minus(Duration.ofHours(1))))
                .as("records written after the version was enriched cannot hold it").isEmpty();
    }

    @Test
    void anUnreachableBrokerIsReportedAsUnavailable() {
        var originals = new OriginalTexts("127.0.0.1:1", Map.of("default.api.timeout.ms", "2000",
                "request.timeout.ms", "1000"), 10);

        assertThatThrownBy(() -> originals.find(ID, "sha256:first", null))
                .isInstanceOf(OriginalUnavailableException.class)
                .hasMessageContaining("cannot read cables.raw.v1 from the broker at 127.0.0.1:1");
    }

    private static void publish(String id, String hash, String text) {
        var raw = new RawCable(id, "import-1", hash, "auto", new CableSource("test", "entry 1"), null, Instant.now(),
                text);
        TestKafka.produce(broker.bootstrapServers(), Topics.RAW.name(), id, Topics.RAW.encode(raw),
                EventHeaders.of(Topics.RAW, id, "ingest-service", TraceParent.newRoot(), "import-1"));
    }
}
