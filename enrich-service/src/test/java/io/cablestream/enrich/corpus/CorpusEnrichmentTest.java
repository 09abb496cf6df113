package io.cablestream.enrich.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.topic.Topics;
import io.cablestream.enrich.AnnotationTrees;
import io.cablestream.enrich.Recognizers;
import io.cablestream.enrich.enricher.CableEnricher;
import io.cablestream.enrich.messaging.EnrichedEvent;
import io.cablestream.testsupport.EventSchemas;
import io.cablestream.testsupport.TestCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every real cable of the corpus enriched: no enricher fails, and every event, written with the parsed event spliced in
 * as the stage writes it, fits the published schema and is byte for byte what encoding the decoded cable gives.
 */
class CorpusEnrichmentTest {

    @Test
    void enrichesEveryCorpusCableIntoSchemaValidEventsWithTagsExplainedAndOriginsPlaced() {
        CableEnricher enricher = Recognizers.cableEnricher();
        List<String> problems = new ArrayList<>();
        long tags = 0;
        long knownTags = 0;
        long placedOrigins = 0;
        List<Path> pages = TestCorpus.wikileaksPages();
        for (Path page : pages) {
            byte[] parsedEvent = Topics.PARSED.encode(CorpusCables.parse(page));
            EnrichedCable enriched = enricher.enrich(Topics.PARSED.decode(parsedEvent));
            byte[] event = EnrichedEvent.encode(enriched, parsedEvent);
            var violations = EventSchemas.violations(Topics.ENRICHED, event);
            if (!violations.isEmpty()) {
                problems.add(page.getFileName() + ": " + violations);
            }
            if (!Arrays.equals(event, Topics.ENRICHED.encode(enriched))) {
                problems.add(page.getFileName() + ": the spliced event differs from the encoded one");
            }
            for (var tag : AnnotationTrees.read(enriched.annotations().get("tags").data())) {
                tags++;
                knownTags += tag.get("known").asBoolean() ? 1 : 0;
            }
            placedOrigins += AnnotationTrees.read(enriched.annotations().get("origin").data()).get("known").asBoolean() ? 1 : 0;
        }
        System.out.printf("Corpus: %d cables enriched; %d of %d TAGS known; %d origins placed%n", pages.size(),
                knownTags, tags, placedOrigins);
        assertThat(problems).isEmpty();
        assertThat((double) knownTags / tags).as("share of TAGS explained").isGreaterThan(0.95);
        assertThat(placedOrigins).as("origins placed").isEqualTo(pages.size());
    }
}
