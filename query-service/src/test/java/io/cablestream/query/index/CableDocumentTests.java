package io.cablestream.query.index;

import static io.cablestream.query.TestCables.cable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cablestream.contract.event.Annotation;
import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RecordPosition;
import io.cablestream.contract.event.TagMeaning;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.json.MalformedEventException;
import io.cablestream.contract.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class CableDocumentTests {

    @Test
    void cableWithoutReferenceIdIsRejected() {
        byte[] json = cable(" ").json();

        assertThatIllegalArgumentException().isThrownBy(() -> CableDocument.of(json))
                .withMessageContaining("cable.referenceId");
    }

    @Test
    void eventWithoutCableIsRejected() {
        byte[] json = Topics.ENRICHED.encode(new EnrichedCable(null, Map.of(), null));

        assertThatIllegalArgumentException().isThrownBy(() -> CableDocument.of(json))
                .withMessage("cable is missing");
    }

    @Test
    void tagsAnnotationThatIsNotAListOfMeaningsIsRejected() {
        var valid = cable("07MOSCOW3804").build();
        byte[] json = Topics.ENRICHED.encode(new EnrichedCable(valid.cable(),
                Map.of("tags", new Annotation("tags", "1", TextNode.valueOf("PREL"))), valid.enrichedAt()));

        assertThatIllegalArgumentException().isThrownBy(() -> CableDocument.of(json))
                .withMessage("annotations.tags.data is not a list of tag meanings: found a string");
    }

    @Test
    void textThatIsNotJsonIsMalformed() {
        byte[] json = "{not json".getBytes(StandardCharsets.UTF_8);

        assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> CableDocument.of(json))
                .withMessageStartingWith("not a valid EnrichedCable JSON document");
    }

    @Test
    void fieldOfTheWrongTypeIsMalformedAndNamed() {
        ObjectNode event = Json.MAPPER.valueToTree(cable("07MOSCOW3804").build());
        ((ObjectNode) event.get("cable")).putArray("subject").add("A").add("B");
        byte[] json = Json.encode(event);

        assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> CableDocument.of(json))
                .withMessage("not a valid EnrichedCable JSON document: cable.subject is a list, not a string");
    }

    @Test
    void readsWhatDataBindingReadsAndSkipsTheRest() {
        byte[] json = cable("07MOSCOW3804").subject("Subject line").body("1. (C) Body text.").tag("PREL", "Politics")
                .tag("RS", "geographic", "Russia").entity("person", " Sergey Lavrov ").entity("location", "Moscow")
                .entity("organization", "Gazprom").references("06MOSCOW1", "06MOSCOW2", "06MOSCOW1")
                .classification("SECRET", "NOFORN").importId("import-7").collection("press")
                .enrichedAt("2026-02-03T04:05:06.789Z").rawPosition(new RecordPosition(2, 4_000_000_000L)).json();
        EnrichedCable bound = Topics.ENRICHED.decode(json);

        EnrichedFields read = EnrichedFieldsReader.read(json);

        ParsedCable cable = bound.cable();
        assertThat(read).isEqualTo(new EnrichedFields(cable.referenceId(), cable.contentHash(), "import-7", "press",
                cable.created(), "SECRET", List.of("NOFORN"), cable.origin(), List.of("PREL", "RS"), "Subject line",
                List.of("06MOSCOW1", "06MOSCOW2"), null, null, "1. (C) Body text.",
                List.of(Json.MAPPER.convertValue(bound.annotations().get("tags").data(),
                        TagMeaning[].class)),
                List.of(new Annotations.Entity("person", "Sergey Lavrov"),
                        new Annotations.Entity("location", "Moscow"),
                        new Annotations.Entity("organization", "Gazprom")),
                Instant.parse("2026-02-03T04:05:06.789Z"), new RecordPosition(2, 4_000_000_000L)));
    }

    @Test
    void leadIsTheSummaryWithItsSpacesCollapsedAndCut() {
        String summary = "  First\tline\n\n   of a " + "long ".repeat(200) + " summary ";

        CableDocument document = cable("07MOSCOW3804").summary(summary).document();

        String lead = stored(document, CableFields.LEAD);
        assertThat(lead).isEqualTo(summary.strip().replaceAll("\\s+", " ").substring(0, 600));
    }

    @Test
    void leadFallsBackToTheBody() {
        CableDocument document = cable("07MOSCOW3804").body("\n 1. (C)   Short\r\nbody. ").document();

        assertThat(stored(document, CableFields.LEAD)).isEqualTo("1. (C) Short body.");
    }

    private static String stored(CableDocument document, String field) {
        return document.fields().stream().filter(f -> f.name().equals(field)).map(IndexableField::stringValue)
                .findFirst().orElseThrow();
    }
}
