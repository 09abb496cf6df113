package io.cablestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cablestream.contract.event.TagMeaning;
import io.cablestream.contract.json.Json;
import io.cablestream.enrich.dictionary.TagDictionary;
import io.cablestream.enrich.dictionary.TagExplanation;
import io.cablestream.enrich.enricher.TagEnricher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TagEnricher: TAGS codes explained from the project's dictionary, with ISO codes for geographic tags. */
class TagEnricherTests {

    private final TagEnricher enricher = new TagEnricher(new TagDictionary());

    @Test
    void explainsSubjectGeographicAndProgramTagsInTheCablesOrder() throws Exception {
        var data = AnnotationTrees.read(enricher.enrich(ParsedCables.withTags("PREL", "KN", "KNNP", "RS")));

        List<TagMeaning> meanings = List.of(Json.MAPPER.treeToValue(data, TagMeaning[].class));
        assertThat(meanings)
                .extracting(TagMeaning::code, TagMeaning::kind, TagMeaning::meaning, TagMeaning::known)
                .containsExactly(
                        tuple("PREL", "subject", "External Political Relations", true),
                        tuple("KN", "geographic", "North Korea", true),
                        tuple("KNNP", "program", "Nuclear Nonproliferation", true),
                        tuple("RS", "geographic", "Russia", true));
    }

    @Test
    void mapsStateDepartmentCountryCodesToIsoCodesWhereTheyDiffer() throws Exception {
        var data = AnnotationTrees.read(enricher.enrich(ParsedCables.withTags("KN", "KS", "JA", "RS", "SP", "UK", "PREL")));

        List<TagExplanation> explained = List.of(Json.MAPPER.treeToValue(data, TagExplanation[].class));
        assertThat(explained).extracting(TagExplanation::code, TagExplanation::iso).containsExactly(
                tuple("KN", "KP"), tuple("KS", "KR"), tuple("JA", "JP"), tuple("RS", "RU"), tuple("SP", "ES"),
                tuple("UK", "GB"), tuple("PREL", null));
        assertThat(data.get(6).has("iso")).as("non-geographic tags carry no iso field").isFalse();
    }

    @Test
    void recognizesPersonTagsWrittenSurnameFirst() throws Exception {
        var data = AnnotationTrees.read(enricher.enrich(ParsedCables.withTags("STEINBERG, JAMES B.", "OVIP")));

        List<TagExplanation> explained = List.of(Json.MAPPER.treeToValue(data, TagExplanation[].class));
        assertThat(explained).extracting(TagExplanation::kind, TagExplanation::meaning, TagExplanation::known)
                .containsExactly(tuple("person", "James B. Steinberg", true),
                        tuple("person", "Visits and Travel of Prominent Individuals and Leaders", true));
    }

    @Test
    void keepsUnknownCodesAndFlagsThem() throws Exception {
        var data = AnnotationTrees.read(enricher.enrich(ParsedCables.withTags("ZZQX", "prel")));

        List<TagMeaning> meanings = List.of(Json.MAPPER.treeToValue(data, TagMeaning[].class));
        assertThat(meanings)
                .extracting(TagMeaning::code, TagMeaning::kind, TagMeaning::known)
                .containsExactly(tuple("ZZQX", "unknown", false), tuple("prel", "subject", true));
    }
}
