package io.cablestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.json.MalformedEventException;
import io.cablestream.contract.topic.Topics;
import io.cablestream.enrich.messaging.EnrichedEvent;
import io.cablestream.testsupport.EventSchemas;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** EnrichedEvent: the parsed event spliced into the enriched one gives what encoding the decoded cable gives. */
class EnrichedEventTests {

    @Test
    void splicesTheParsedEventIntoTheSameBytesAsEncodingTheDecodedCable() {
        byte[] parsed = Topics.PARSED.encode(ParsedCables.rich("09MADRID77"));
        EnrichedCable enriched = Recognizers.cableEnricher().enrich(Topics.PARSED.decode(parsed));

        byte[] spliced = EnrichedEvent.encode(enriched, parsed);

        assertThat(new String(spliced, StandardCharsets.UTF_8))
                .isEqualTo(new String(Topics.ENRICHED.encode(enriched), StandardCharsets.UTF_8));
        assertThat(EventSchemas.violations(Topics.ENRICHED, spliced)).isEmpty();
    }

    @Test
    void carriesFieldsOfANewerParserThatThisContractDoesNotKnow() {
        String parsed = "\n {\"referenceId\":\"09TESTPOST5\",\"paragraphs\":[{\"text\":\"On July 27 GOR met.\"}],"
                + "\"newerField\":{\"kept\":true}} \n";
        byte[] bytes = parsed.getBytes(StandardCharsets.UTF_8);
        EnrichedCable enriched = Recognizers.cableEnricher().enrich(Topics.PARSED.decode(bytes));

        byte[] spliced = EnrichedEvent.encode(enriched, bytes);

        EnrichedCable read = Topics.ENRICHED.decode(spliced);
        assertThat(read.cable().referenceId()).isEqualTo("09TESTPOST5");
        assertThat(read.annotations().keySet()).isEqualTo(enriched.annotations().keySet());
        assertThat(read.enrichedAt()).isEqualTo(enriched.enrichedAt());
        assertThat(new String(spliced, StandardCharsets.UTF_8))
                .startsWith("{\"cable\":" + parsed.strip() + ",\"annotations\":{");
    }

    @Test
    void refusesAParsedEventWithContentAfterItsObjectSoThatNoInvalidSpliceCanBeMade() {
        byte[] twoObjects = "{\"referenceId\":\"09TESTPOST6\"} {\"referenceId\":\"09TESTPOST7\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Topics.PARSED.decode(twoObjects)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ParsedCable");
    }

    @Test
    void encodesTheDecodedCableWhenTheParsedEventIsNotOneJsonObject() {
        var cable = ParsedCables.rich("09MADRID78");
        EnrichedCable enriched = Recognizers.cableEnricher().enrich(cable);
        byte[] utf16 = new String(Topics.PARSED.encode(cable), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16BE);

        assertThat(EnrichedEvent.encode(enriched, utf16)).isEqualTo(Topics.ENRICHED.encode(enriched));
    }
}
