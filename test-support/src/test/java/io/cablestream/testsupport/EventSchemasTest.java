package io.cablestream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cablestream.contract.event.Annotation;
import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.ParsedCable.Classification;
import io.cablestream.contract.event.ParsedCable.ClassifiedBy;
import io.cablestream.contract.event.ParsedCable.Declassification;
import io.cablestream.contract.event.ParsedCable.Paragraph;
import io.cablestream.contract.event.ParsedCable.Recipient;
import io.cablestream.contract.event.ParsedCable.Redaction;
import io.cablestream.contract.event.ParsedCable.Reference;
import io.cablestream.contract.event.ParsedCable.RoutingHeader;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.event.RecordPosition;
import io.cablestream.contract.event.SourceMetadata;
import io.cablestream.contract.event.TagMeaning;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.topic.Topic;
import io.cablestream.contract.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Contract records against their topics' JSON Schemas: what passes and how violations are reported. */
class EventSchemasTest {

    private static final String HASH = "sha256:" + "0123456789abcdef".repeat(4);
    private static final String TEXT = "C O N F I D E N T I A L MOSCOW 003804\nSUBJECT: RUSSIA AND THE OSCE\n1. (C) Summary.";

    private static final RawCable RAW = new RawCable("07MOSCOW3804", "import-1", HASH, "text",
            new CableSource("cables.csv", "line 12"),
            new SourceMetadata("07MOSCOW3804", "2007-08-02T14:37:00Z", "CONFIDENTIAL//NOFORN", "Embassy Moscow"),
            Instant.parse("2026-11-01T10:00:00Z"), TEXT);

    private static final ParsedCable PARSED = new ParsedCable("07MOSCOW3804", HASH, "import-1", "1.0.0", "text",
            new CableSource("cables.csv", "line 12"), "2007-08-02T14:37:00Z",
            new Classification("CONFIDENTIAL", List.of("NOFORN", "SIPDIS")), "Embassy Moscow",
            new RoutingHeader("VZCZCXRO1234", "PRIORITY", "021437Z AUG 07", new Recipient("RUEHMO", "AMEMBASSY MOSCOW", null),
                    List.of(new Recipient(null, "SECSTATE WASHDC", "PRIORITY")), List.of()),
            1, new Declassification("12958", "08/02/2017"), List.of("PREL", "RS"), "RUSSIA AND THE OSCE",
            List.of(new Reference("A", "07MOSCOW3700", "A. MOSCOW 3700")),
            new ClassifiedBy("William J. Burns", "Ambassador", List.of("1.4(b)", "1.4(d)")), "Summary.",
            List.of(new Paragraph(1, "C", null, "Summary.")), List.of(), List.of("BURNS"), "1. (C) Summary.",
            List.of(new Redaction(0, 2)), List.of());

    private static final EnrichedCable ENRICHED = new EnrichedCable(PARSED,
            Map.of("tags", new Annotation("tags", "1",
                    Json.MAPPER.valueToTree(List.of(new TagMeaning("PREL", "subject", "External political relations", true))))),
            Instant.parse("2026-11-01T10:00:05Z"));

    @Test
    void acceptsARawCableBuiltFromTheContractRecord() {
        assertThatCode(() -> EventSchemas.assertValid(Topics.RAW, Topics.RAW.encode(RAW))).doesNotThrowAnyException();
    }

    @Test
    void acceptsAParsedCableBuiltFromTheContractRecord() {
        assertThatCode(() -> EventSchemas.assertValid(Topics.PARSED, Topics.PARSED.encode(PARSED))).doesNotThrowAnyException();
    }

    @Test
    void acceptsAnEnrichedCableBuiltFromTheContractRecord() {
        assertThatCode(() -> EventSchemas.assertValid(Topics.ENRICHED, Topics.ENRICHED.encode(ENRICHED))).doesNotThrowAnyException();
    }

    @Test
    void rejectsARawCableWithoutText() {
        byte[] json = edit(Topics.RAW, RAW, cable -> cable.remove("text"));

        assertThat(EventSchemas.violations(Topics.RAW, json)).containsExactly("$: required property 'text' not found");
    }

    @Test
    void rejectsAParsedCableWithATextualSectionCount() {
        byte[] json = edit(Topics.PARSED, PARSED, cable -> cable.put("sectionCount", "three"));

        assertThat(EventSchemas.violations(Topics.PARSED, json)).singleElement().asString().startsWith("$.sectionCount: ");
    }

    @Test
    void rejectsAContentHashThatIsNotSha256Hex() {
        byte[] json = Topics.RAW.encode(new RawCable(RAW.referenceId(), RAW.importId(), "md5:0123", RAW.format(),
                RAW.source(), RAW.metadata(), RAW.receivedAt(), RAW.text()));

        assertThat(EventSchemas.violations(Topics.RAW, json)).singleElement().asString()
                .startsWith("$.contentHash: ").contains("^sha256:[0-9a-f]{64}$");
    }

    @Test
    void readsEventsWrittenBeforeCollectionsAsTheDefaultCollection() {
        byte[] raw = edit(Topics.RAW, RAW, cable -> cable.remove("collection"));
        byte[] enriched = edit(Topics.ENRICHED, ENRICHED, event -> ((ObjectNode) event.get("cable")).remove("collection"));

        assertThat(EventSchemas.violations(Topics.RAW, raw)).isEmpty();
        assertThat(Topics.RAW.decode(raw).collection()).isEqualTo(RawCable.DEFAULT_COLLECTION);
        assertThat(Topics.ENRICHED.decode(enriched).cable().collection()).isEqualTo(RawCable.DEFAULT_COLLECTION);
    }

    @Test
    void carriesTheCollectionOfTheRawCable() {
        var raw = new RawCable(RAW.referenceId(), RAW.importId(), "newsroom-2010", RAW.contentHash(), RAW.format(),
                RAW.source(), RAW.metadata(), RAW.receivedAt(), RAW.text());

        assertThat(Topics.RAW.decode(Topics.RAW.encode(raw)).collection()).isEqualTo("newsroom-2010");
        assertThat(EventSchemas.violations(Topics.RAW, Topics.RAW.encode(raw))).isEmpty();
    }

    @Test
    void carriesThePositionOfTheRawRecordThroughEnrichment() {
        byte[] json = edit(Topics.ENRICHED, ENRICHED, event -> ((ObjectNode) event.get("cable")).putObject("rawPosition")
                .put("partition", 2).put("offset", 48_211L));

        assertThat(EventSchemas.violations(Topics.ENRICHED, json)).isEmpty();
        assertThat(Topics.ENRICHED.decode(json).cable().rawPosition()).isEqualTo(new RecordPosition(2, 48_211));
    }

    @Test
    void readsEventsWrittenBeforeRawPositionsWithoutOne() {
        byte[] json = edit(Topics.PARSED, PARSED, cable -> cable.remove("rawPosition"));

        assertThat(EventSchemas.violations(Topics.PARSED, json)).isEmpty();
        assertThat(Topics.PARSED.decode(json).rawPosition()).isNull();
    }

    @Test
    void rejectsARawPositionWithoutAnOffset() {
        byte[] json = edit(Topics.PARSED, PARSED, cable -> cable.putObject("rawPosition").put("partition", 0));

        assertThat(EventSchemas.violations(Topics.PARSED, json)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).startsWith("$.rawPosition"));
    }

    @Test
    void rejectsACollectionNameWithASlash() {
        byte[] json = edit(Topics.RAW, RAW, cable -> cable.put("collection", "../secret"));

        assertThat(EventSchemas.violations(Topics.RAW, json)).singleElement().asString().startsWith("$.collection: ");
    }

    @Test
    void rejectsAReceivedAtThatIsNotADateTime() {
        byte[] json = edit(Topics.RAW, RAW, cable -> cable.put("receivedAt", "yesterday"));

        assertThat(EventSchemas.violations(Topics.RAW, json)).singleElement().asString().startsWith("$.receivedAt: ");
    }

    @Test
    void checksTheParsedCableInsideAnEnrichedCableAgainstTheParsedSchema() {
        byte[] json = edit(Topics.ENRICHED, ENRICHED, enriched -> ((ObjectNode) enriched.get("cable")).put("contentHash", "sha256:XYZ"));

        assertThat(EventSchemas.violations(Topics.ENRICHED, json)).singleElement().asString().startsWith("$.cable.contentHash: ");
    }

    @Test
    void rejectsATagMeaningOfUnknownKind() {
        byte[] json = Topics.ENRICHED.encode(new EnrichedCable(PARSED,
                Map.of("tags", new Annotation("tags", "1", Json.MAPPER.valueToTree(List.of(new TagMeaning("PREL", "weather", null, false))))),
                ENRICHED.enrichedAt()));

        assertThat(EventSchemas.violations(Topics.ENRICHED, json)).singleElement().asString()
                .startsWith("$.annotations.tags.data[0].kind: ");
    }

    @Test
    void assertValidListsEveryViolationWithItsPath() {
        byte[] json = edit(Topics.RAW, RAW, cable -> cable.put("importId", 7).remove("text"));

        assertThatThrownBy(() -> EventSchemas.assertValid(Topics.RAW, json))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(Topics.RAW.name())
                .hasMessageContaining("$.importId: ")
                .hasMessageContaining("$: required property 'text' not found");
    }

    @Test
    void reportsAValueThatIsNotJsonAsOneViolation() {
        byte[] notJson = "<cable/>".getBytes(StandardCharsets.UTF_8);

        assertThat(EventSchemas.violations(Topics.RAW, notJson)).singleElement().asString().startsWith("$: not JSON: ");
    }

    private static <V> byte[] edit(Topic<V> topic, V value, Consumer<ObjectNode> change) {
        ObjectNode tree = Json.MAPPER.valueToTree(value);
        change.accept(tree);
        return Json.encode(tree);
    }
}
