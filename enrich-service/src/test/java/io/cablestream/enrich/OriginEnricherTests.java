package io.cablestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.enrich.dictionary.PostDictionary;
import io.cablestream.enrich.dictionary.TagDictionary;
import io.cablestream.enrich.enricher.OriginEnricher;
import org.junit.jupiter.api.Test;

/** OriginEnricher: the post a cable came from, with its place on the map. */
class OriginEnricherTests {

    private final OriginEnricher enricher = new OriginEnricher(new PostDictionary(), new TagDictionary());

    @Test
    void placesThePostOfTheReferenceIdWithCountryCityCoordinatesAndType() {
        var origin = AnnotationTrees.read(enricher.enrich(ParsedCables.cable("07MOSCOW3804").origin("Embassy Moscow").build()));

        assertThat(origin.get("post").asText()).isEqualTo("MOSCOW");
        assertThat(origin.get("known").asBoolean()).isTrue();
        assertThat(origin.get("type").asText()).isEqualTo("embassy");
        assertThat(origin.get("city").asText()).isEqualTo("Moscow");
        assertThat(origin.get("country").asText()).isEqualTo("Russia");
        assertThat(origin.get("iso").asText()).isEqualTo("RU");
        assertThat(origin.get("latitude").asDouble()).isBetween(55.0, 56.5);
        assertThat(origin.get("longitude").asDouble()).isBetween(37.0, 38.0);
    }

    @Test
    void tellsConsulatesAndMissionsFromEmbassies() {
        assertThat(AnnotationTrees.read(enricher.enrich(ParsedCables.cable("09RIODEJANEIRO311").build())).get("type").asText())
                .isEqualTo("consulate");
        assertThat(AnnotationTrees.read(enricher.enrich(ParsedCables.cable("09USNATO12").build())).get("type").asText())
                .isEqualTo("mission");
    }

    @Test
    void fallsBackOnTheOriginWhenTheReferenceIdIsNotCanonical() {
        var origin = AnnotationTrees.read(enricher.enrich(ParsedCables.cable("MOSCOW-NOTE-7").origin("Embassy Madrid").build()));

        assertThat(origin.get("post").asText()).isEqualTo("MADRID");
        assertThat(origin.get("iso").asText()).isEqualTo("ES");
    }

    @Test
    void keepsAnUnknownPostAndFlagsIt() {
        var origin = AnnotationTrees.read(enricher.enrich(ParsedCables.cable("09ATLANTIS42").origin("Embassy Atlantis").build()));

        assertThat(origin.get("known").asBoolean()).isFalse();
        assertThat(origin.get("post").asText()).isEqualTo("ATLANTIS");
        assertThat(origin.get("name").asText()).isEqualTo("Embassy Atlantis");
        assertThat(origin.has("latitude")).isFalse();
    }
}
