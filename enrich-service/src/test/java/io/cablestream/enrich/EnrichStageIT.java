package io.cablestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.header.DeadLetterHeaders;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.EventSchemas;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestKafka;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The running service on a real broker: parsed cables in, every annotation out, poison records parked. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class EnrichStageIT {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void publishesEveryAnnotationOfEveryEnricherBeanAndParksPoisonRecordsWithoutBlockingThePartition() {
        var trace = TraceParent.newRoot();
        TestKafka.produce(bootstrap, Topics.PARSED.name(), "09MADRID91", "{not json".getBytes(StandardCharsets.UTF_8),
                EventHeaders.of(Topics.PARSED, "09MADRID91", "test", trace, "imp-1"));
        var cable = ParsedCables.rich("09MADRID91");
        TestKafka.produce(bootstrap, Topics.PARSED.name(), cable.referenceId(), Topics.PARSED.encode(cable),
                EventHeaders.of(Topics.PARSED, cable.referenceId(), "test", trace, "imp-1"));

        var enriched = TestKafka.consume(bootstrap, Topics.ENRICHED.name(), 1, Duration.ofSeconds(60)).stream()
                .filter(record -> record.key().equals("09MADRID91")).findFirst().orElseThrow();
        EventSchemas.assertValid(Topics.ENRICHED, enriched.value());
        EnrichedCable event = Topics.ENRICHED.decode(enriched.value());
        assertThat(event.annotations().keySet()).containsExactlyInAnyOrder("tags", "origin", "routing", "acronyms",
                "entities", "dates", "links", "sentence-count");
        assertThat(event.annotations().get("tags").data().findValuesAsText("code"))
                .containsExactly("PREL", "PGOV", "SP", "ZZQX");
        assertThat(event.annotations().get("tags").data().get(2).get("iso").asText()).isEqualTo("ES");
        assertThat(event.annotations().get("origin").data().get("city").asText()).isEqualTo("Madrid");
        assertThat(event.annotations().get("entities").data().get("people").findValuesAsText("key"))
                .contains("laura whitfield", "hiroshi tanaka");
        assertThat(event.annotations().get("dates").data().findValuesAsText("from")).contains("2009-02-27");
        assertThat(event.annotations().get("links").data().get("cites").toString())
                .isEqualTo("[\"09STATE1234\",\"09MADRID555\"]");
        assertThat(event.annotations().get("sentence-count").version()).isEqualTo("1");
        assertThat(EventHeaders.get(enriched.headers(), EventHeaders.TYPE)).isEqualTo(Topics.ENRICHED.eventType());
        assertThat(EventHeaders.get(enriched.headers(), EventHeaders.IMPORT_ID)).isEqualTo("imp-1");
        assertThat(TraceParent.parseOrNew(EventHeaders.get(enriched.headers(), EventHeaders.TRACEPARENT)).traceId())
                .isEqualTo(trace.traceId());

        var parked = TestKafka.consume(bootstrap, Topics.PARSED.deadLetterName(), 1, Duration.ofSeconds(30)).getFirst();
        assertThat(new String(parked.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(EventHeaders.get(parked.headers(), DeadLetterHeaders.REASON)).contains("not a valid ParsedCable");
        assertThat(EventHeaders.get(parked.headers(), DeadLetterHeaders.STAGE)).isEqualTo("enrich-service");
    }
}
