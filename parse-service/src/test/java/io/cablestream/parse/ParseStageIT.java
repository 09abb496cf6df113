package io.cablestream.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.event.RecordPosition;
import io.cablestream.contract.header.DeadLetterHeaders;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.topic.Topics;
import io.cablestream.parser.CableParser;
import io.cablestream.testsupport.EventSchemas;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestKafka;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ParseStageIT {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void parsesRawCablesAndParksUnparseableOnesWithTheReason() throws IOException {
        String text;
        try (var in = ParseStageIT.class.getResourceAsStream("/cables/09VALLETTA412.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var trace = TraceParent.newRoot();
        var junk = raw("09VALLETTA412", "\u0000\u0001 not a cable at all");
        TestKafka.produce(bootstrap, Topics.RAW.name(), junk.referenceId(), Topics.RAW.encode(junk),
                EventHeaders.of(Topics.RAW, junk.referenceId(), "test", trace, "imp-7"));
        var good = raw("09VALLETTA412", text);
        var stored = TestKafka.produce(bootstrap, Topics.RAW.name(), good.referenceId(), Topics.RAW.encode(good),
                EventHeaders.of(Topics.RAW, good.referenceId(), "test", trace, "imp-7"));

        var record = TestKafka.consume(bootstrap, Topics.PARSED.name(), 1, Duration.ofSeconds(60)).getFirst();
        EventSchemas.assertValid(Topics.PARSED, record.value());
        ParsedCable parsed = Topics.PARSED.decode(record.value());
        assertThat(record.key()).isEqualTo("09VALLETTA412");
        assertThat(parsed.parserVersion()).isEqualTo(CableParser.VERSION);
        assertThat(parsed.rawPosition()).isEqualTo(new RecordPosition(stored.partition(), stored.offset()));
        assertThat(parsed.subject()).isEqualTo("MALTA: HARBOUR AUTHORITY PLANS NEW MIGRANT CENTER");
        assertThat(parsed.tags()).containsExactly("PREL", "SMIG", "MT");
        assertThat(parsed.classification().level()).isEqualTo("CONFIDENTIAL");
        assertThat(parsed.created()).isEqualTo("2009-03-14T14:15:00Z");
        assertThat(parsed.paragraphs()).extracting(ParsedCable.Paragraph::number, ParsedCable.Paragraph::marking)
                .containsExactly(tuple(1, "C"), tuple(2, "C"));
        assertThat(EventHeaders.get(record.headers(), EventHeaders.SOURCE)).isEqualTo("/cablestream/parse-service");
        assertThat(EventHeaders.get(record.headers(), EventHeaders.IMPORT_ID)).isEqualTo("imp-7");

        var parked = TestKafka.consume(bootstrap, Topics.RAW.deadLetterName(), 1, Duration.ofSeconds(30)).getFirst();
        assertThat(Topics.RAW.decode(parked.value()).text()).isEqualTo(junk.text());
        assertThat(EventHeaders.get(parked.headers(), DeadLetterHeaders.REASON)).isNotBlank();
        assertThat(EventHeaders.get(parked.headers(), DeadLetterHeaders.OFFSET)).isNotBlank();
    }

    private static RawCable raw(String id, String text) {
        return new RawCable(id, "imp-7", "sha256:" + "a".repeat(64), "auto", new CableSource("test", "entry 1"), null,
                Instant.now(), text);
    }
}
