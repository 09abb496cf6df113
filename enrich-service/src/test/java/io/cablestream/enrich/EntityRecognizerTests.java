package io.cablestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.json.Json;
import io.cablestream.enrich.enricher.DateEnricher;
import io.cablestream.enrich.time.DateMention;
import io.cablestream.enrich.entity.Entities;
import io.cablestream.enrich.entity.EntityMention;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** EntityRecognizer on a synthetic cable: people keyed and given roles, organizations and places, offsets. */
class EntityRecognizerTests {

    private final ParsedCable cable = ParsedCables.rich("09MADRID77");
    private final Entities entities = Recognizers.entities().recognize(cable);

    private Entities.Person person(String key) {
        return entities.people().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("no person " + key + " in " + entities.people()));
    }

    @Test
    void keysEveryFormOfAPersonsNameInTheCableToOnePerson() {
        var whitfield = person("laura whitfield");

        assertThat(whitfield.mentions()).extracting(EntityMention::paragraph, EntityMention::text)
                .containsExactly(tuple(1, "Laura Whitfield"), tuple(1, "Whitfield"), tuple(2, "WHITFIELD"));
        assertThat(whitfield.name()).isEqualTo("Laura J. Whitfield");
        assertThat(whitfield.fields()).containsExactly("classifiedBy", "signers");
    }

    @Test
    void placesMentionsAndDatesByParagraphPositionWhetherTheParagraphIsNumberedOrNot() throws Exception {
        ParsedCable mixed = ParsedCables.cable("09MADRID78").unnumberedParagraph("Talks in Tokyo on July 27.")
                .paragraph("Then Rome on July 28.").build();

        Entities found = Recognizers.entities().recognize(mixed);
        var dates = Json.MAPPER.treeToValue(AnnotationTrees.read(new DateEnricher().enrich(mixed)), DateMention[].class);

        assertThat(found.locations()).extracting(l -> l.name(), l -> l.mentions().getFirst().paragraph())
                .containsExactly(tuple("Tokyo", 1), tuple("Rome", 2));
        assertThat(dates).extracting(DateMention::paragraph, DateMention::text)
                .containsExactly(tuple(1, "July 27"), tuple(2, "July 28"));
    }

    @Test
    void givesEachPersonTheRolesWrittenWithTheNameAbbreviationsExpanded() {
        assertThat(person("laura whitfield").roles()).contains("EAP Deputy Assistant Secretary",
                "Deputy Assistant Secretary", "Deputy Chief of Mission");
        assertThat(person("okada").roles()).containsExactly("Foreign Minister");
        assertThat(person("marco bellini").roles()).containsExactly("Deputy Director");
        assertThat(person("hiroshi tanaka").mentions()).hasSize(2);
    }

    @Test
    void joinsAnAcronymTheCableDefinesToItsOrganization() {
        Map<String, Entities.Organization> byName = entities.organizations().stream()
                .collect(Collectors.toMap(Entities.Organization::name, o -> o));

        assertThat(byName.get("Working Group").acronyms()).containsExactly("WG");
        assertThat(byName.get("Working Group").mentions()).hasSize(3);
        assertThat(byName.get("Government of Japan").acronyms()).containsExactly("GOJ");
        assertThat(byName).containsKey("Adriatic Policy Institute");
    }

    @Test
    void mapsPlacesToTheirCountrysIsoCode() {
        assertThat(entities.locations()).extracting(Entities.Location::name, Entities.Location::iso)
                .contains(tuple("Tokyo", "JP"), tuple("Rome", "IT"));
    }

    @Test
    void givesMentionOffsetsInTheParagraphText() {
        List<EntityMention> all = entities.people().stream().flatMap(p -> p.mentions().stream()).toList();

        for (EntityMention mention : all) {
            String paragraph = cable.paragraphs().get(mention.paragraph() - 1).text();
            assertThat(paragraph.substring(mention.start(), mention.end()).replaceAll("\\s+", " "))
                    .isEqualTo(mention.text());
        }
    }

    @Test
    void findsNothingInACableWithoutParagraphs() {
        var empty = Recognizers.entities().recognize(ParsedCables.cable("09TESTPOST2").build());

        assertThat(empty.people()).isEmpty();
        assertThat(empty.organizations()).isEmpty();
        assertThat(empty.locations()).isEmpty();
    }

    @Test
    void readsNamesWrittenInCapitalsSlashedOfficesAndEmbassiesAfterAVerb() {
        var written = Recognizers.entities().recognize(ParsedCables.cable("09TESTPOST3")
                .paragraph("FM Okada met Franco-Colombian Pablo Herrera in Lima. Request Embassy Lima contact "
                        + "ISN/MTR and the Christian Social Union.")
                .paragraph("HERRERA AND OKADA DISCUSSED PERU.\n\nLIMA 00000123  002 OF 002\n\nEND.")
                .build());

        assertThat(written.people()).extracting(Entities.Person::name).contains("Pablo Herrera");
        assertThat(written.people()).filteredOn(p -> p.key().equals("pablo herrera")).singleElement()
                .satisfies(p -> assertThat(p.mentions()).extracting(EntityMention::text)
                        .containsExactly("Pablo Herrera", "HERRERA"));
        assertThat(written.organizations()).extracting(Entities.Organization::name)
                .contains("Embassy Lima", "ISN/MTR", "Christian Social Union")
                .doesNotContain("Request Embassy Lima", "Social Union");
        assertThat(written.locations()).filteredOn(l -> l.name().equals("Peru")).singleElement()
                .satisfies(peru -> assertThat(peru.mentions()).extracting(EntityMention::text).containsExactly("PERU"));
        assertThat(written.locations()).filteredOn(l -> l.name().equals("Lima")).singleElement()
                .satisfies(lima -> assertThat(lima.mentions()).extracting(EntityMention::text).containsExactly("Lima"));
    }
}
