package io.cablestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.Annotation;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.enrich.enricher.Enricher;
import io.cablestream.enrich.enricher.EnrichmentFailedException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** CableEnricher: every enricher runs and stamps its annotation; a failing one rejects the cable with a reason. */
class CableEnricherTests {

    @Test
    void stampsEveryAnnotationWithItsEnrichersNameAndVersion() {
        var enriched = Recognizers.cableEnricher().enrich(ParsedCables.rich("09MADRID77"));

        assertThat(enriched.annotations().keySet())
                .containsExactlyInAnyOrder("tags", "origin", "routing", "acronyms", "entities", "dates", "links");
        assertThat(enriched.annotations().values()).allSatisfy(annotation -> {
            assertThat(annotation.version()).isNotBlank();
            assertThat(annotation.data()).isNotNull();
        });
        assertThat(enriched.annotations().get("tags")).extracting(Annotation::enricher, Annotation::version)
                .containsExactly("tags", "2");
    }

    @Test
    void enrichesACableWhoseOptionalFieldsAreAllMissing() {
        var bare = new ParsedCable("09TESTPOST3", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, Arrays.asList(new ParsedCable.Paragraph(1, null, null, null), null),
                null, null, null, null, null);

        var enriched = Recognizers.cableEnricher().enrich(bare);

        assertThat(enriched.annotations()).hasSize(7);
        assertThat(AnnotationTrees.read(enriched.annotations().get("origin").data()).get("known").asBoolean()).isFalse();
    }

    @Test
    void rejectsTheCableWithAReasonNamingTheEnricherThatFailed() {
        Enricher broken = new Enricher() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String version() {
                return "7";
            }

            @Override
            public JsonNode enrich(ParsedCable cable) {
                throw new IllegalStateException("dictionary missing");
            }
        };

        assertThatThrownBy(() -> Recognizers.cableEnricher(broken).enrich(ParsedCables.withTags("PREL")))
                .isInstanceOf(EnrichmentFailedException.class)
                .hasMessageContaining("enricher 'broken' version 7 failed on 09TESTPOST17")
                .hasMessageContaining("dictionary missing");
    }
}
