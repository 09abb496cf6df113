package io.cablestream.enrich.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.topic.Topics;
import io.cablestream.enrich.Recognizers;
import io.cablestream.enrich.entity.Entities;
import io.cablestream.enrich.entity.EntityMention;
import io.cablestream.testsupport.TestCorpus;
import org.junit.jupiter.api.Test;

/** The seed cable ({@code $CABLES_CORPUS/seed/07MOSCOW3804.txt}) enriched end to end. */
class SeedCableTest {

    private static EnrichedCable seed;

    /**
     * The seed cable enriched once for all tests, as consumers read it from {@code cables.enriched.v1} (encoded and
     * decoded); each test is skipped, with a message, without the corpus.
     */
    private static synchronized EnrichedCable enriched() {
        TestCorpus.folder();
        if (seed == null) {
            seed = Topics.ENRICHED.decode(Topics.ENRICHED.encode(Recognizers.cableEnricher().enrich(CorpusCables.seed())));
        }
        return seed;
    }

    private static Entities entities() throws Exception {
        return Json.MAPPER.treeToValue(enriched().annotations().get("entities").data(), Entities.class);
    }

    @Test
    void findsEveryPersonTheSeedCableNamesWithTheirRole() throws Exception {
        assertThat(entities().people()).extracting(Entities.Person::key, p -> String.join("; ", p.roles()))
                .containsExactlyInAnyOrder(
                        tuple("kathleen stephens", "EAP Principal Deputy Assistant Secretary; Principal Deputy Assistant Secretary"),
                        tuple("vladimir rakhmanin", "Ambassador"),
                        tuple("lavrov", "Foreign Minister"),
                        tuple("aleksandr zhebin", "Director of Korean Studies"),
                        tuple("balbina hwang", "Senior Advisor"),
                        tuple("anton khlopkov", "Deputy Director"),
                        tuple("aleksandr vorontsov", "Director of Korean Studies"),
                        tuple("fedor lukyanov", "Editor-in-Chief"),
                        tuple("daniel russell", "Charge d'Affaires"),
                        tuple("clinton", ""),
                        tuple("bush", ""));
    }

    @Test
    void keysStephensPdasStephensAndKathleenStephensToOnePerson() throws Exception {
        var entities = entities();
        var stephens = entities.people().stream().filter(p -> p.key().equals("kathleen stephens")).findFirst().orElseThrow();

        assertThat(stephens.mentions()).extracting(EntityMention::text).contains("Kathleen Stephens", "Stephens");
        assertThat(stephens.mentions()).extracting(EntityMention::title).contains("PDAS");
        assertThat(entities.people()).filteredOn(p -> p.key().contains("stephens")).hasSize(1);
    }

    @Test
    void explainsTagsMapsCountriesResolvesDatesAndPlacesTheOrigin() throws Exception {
        var enriched = enriched();
        var tags = enriched.annotations().get("tags").data();
        assertThat(tags.findValuesAsText("code")).containsExactly("PREL", "PGOV", "PARM", "MNUC", "KNNP", "KN", "KS", "JA", "RS");
        assertThat(tags.get(5).get("iso").asText()).isEqualTo("KP");
        assertThat(tags.get(8).get("meaning").asText()).isEqualTo("Russia");

        var dates = enriched.annotations().get("dates").data();
        assertThat(dates).extracting(d -> d.get("text").asText(), d -> d.get("from").asText(), d -> d.get("to").asText())
                .contains(tuple("July 27", "2007-07-27", "2007-07-27"), tuple("August 20 - 21", "2007-08-20", "2007-08-21"),
                        tuple("August 20-21", "2007-08-20", "2007-08-21"));

        var origin = enriched.annotations().get("origin").data();
        assertThat(origin.get("city").asText()).isEqualTo("Moscow");
        assertThat(origin.get("iso").asText()).isEqualTo("RU");
        assertThat(enriched.annotations().get("routing").data().get(0).get("station").asText()).isEqualTo("AMEMBASSY MOSCOW");
        assertThat(entities().organizations()).extracting(Entities.Organization::name)
                .contains("Government of Russia", "Working Group");
    }
}
