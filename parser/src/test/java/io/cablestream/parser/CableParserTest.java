package io.cablestream.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.ParsedCable.Paragraph;
import io.cablestream.contract.event.ParsedCable.Reference;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.event.SourceMetadata;
import io.cablestream.contract.json.Json;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CableParserTest {

    private final CableParser parser = new CableParser();

    @Test
    void parsesEverySeedFieldAndKeepsEachParagraphOnceThoughTheBodyIsDuplicated() {
        ParsedCable cable = parser.parse(Fixtures.raw(Fixtures.text("09LISBON555.seed.txt"), "auto"));

        assertThat(cable.referenceId()).isEqualTo("09LISBON555");
        assertThat(cable.format()).isEqualTo("seed");
        assertThat(cable.created()).isEqualTo("2009-06-14T09:05:00Z");
        assertThat(cable.classification().level()).isEqualTo("CONFIDENTIAL");
        assertThat(cable.classification().caveats()).containsExactly("NOFORN", "SIPDIS");
        assertThat(cable.origin()).isEqualTo("Embassy Lisbon");
        assertThat(cable.sectionCount()).isEqualTo(2);
        assertThat(cable.tags()).containsExactly("EWWT", "PREL", "ETRD", "PO");
        assertThat(cable.subject()).isEqualTo("PORTUGUESE HARBOR AUTHORITY WEIGHS NEW CARGO SCANNERS AT SINES AND LEIXOES");
        assertThat(cable.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(cable.paragraphs()).extracting(Paragraph::marking).containsExactly("C/NF", "C", "SBU", "C", "U");
        assertThat(cable.signers()).containsExactly("SMITH");
        assertThat(cable.warnings()).isEmpty();
    }

    @Test
    void keepsTheCollectionOfTheRawCable() {
        RawCable seed = Fixtures.raw(Fixtures.text("09LISBON555.seed.txt"), "auto");
        var raw = new RawCable(seed.referenceId(), seed.importId(), "newsroom-2010", seed.contentHash(), seed.format(),
                seed.source(), seed.metadata(), seed.receivedAt(), seed.text());

        assertThat(parser.parse(raw).collection()).isEqualTo("newsroom-2010");
        assertThat(parser.parse(seed).collection()).isEqualTo(RawCable.DEFAULT_COLLECTION);
    }

    @Test
    void readsTheUnnumberedParagraphsOfATelegramWithoutNumbersAfterItsLabelledLines() {
        String text = """
                UNCLAS SECTION 01 OF 01 VALLETTA 000321

                DEPT FOR EUR/SE

                E.O. 12958: N/A
                TAGS: PREL MT
                SUBJECT: PORT VISIT CONFIRMED

                REF: STATE 4242

                (SBU) The port authority confirmed the visit for
                March 3.

                Post will follow up.

                SMITH
                """;

        ParsedCable cable = parser.parse(Fixtures.raw(text, "text", "09VALLETTA321", null));

        assertThat(cable.paragraphs()).containsExactly(
                new Paragraph(null, "SBU", null, "The port authority confirmed the visit for\nMarch 3."),
                new Paragraph(null, null, null, "Post will follow up."));
        assertThat(cable.signers()).containsExactly("SMITH");
    }

    @Test
    void putsTheFlattenedSeedRoutingHeaderIntoItsParts() {
        ParsedCable cable = parser.parse(Fixtures.raw(Fixtures.text("09LISBON555.seed.txt"), "seed"));

        assertThat(cable.routing().transmissionId()).isEqualTo("VZCZCXRO1111");
        assertThat(cable.routing().precedence()).isEqualTo("PRIORITY");
        assertThat(cable.routing().dateTimeGroup()).isEqualTo("140905Z JUN 09");
        assertThat(cable.routing().from().name()).isEqualTo("AMEMBASSY LISBON");
        assertThat(cable.routing().to()).singleElement().satisfies(to -> {
            assertThat(to.routingIndicator()).isEqualTo("RUEHC");
            assertThat(to.name()).isEqualTo("SECSTATE WASHDC");
            assertThat(to.precedence()).isEqualTo("PRIORITY");
        });
        assertThat(cable.routing().info()).extracting(ParsedCable.Recipient::name)
                .containsExactly("AMEMBASSY MADRID", "EU MEMBER STATES COLLECTIVE");
    }

    @Test
    void cleansTheBodyOfBannersPageBreaksRepeatedSipdisAndTheDuplicate() {
        String body = parser.parse(Fixtures.raw(Fixtures.text("09LISBON555.seed.txt"), "seed")).body();

        assertThat(body).doesNotContain("C O N F I D E N T I A L", "LISBON 00000555 002 OF 002");
        assertThat(body.split("SIPDIS", -1)).hasSize(2);
        assertThat(body.split("Scanner Trials", -1)).hasSize(2);
        assertThat(body).startsWith("NOFORN\nSIPDIS\nE.O. 12958").endsWith("October trials.\nSMITH");
    }

    @Test
    void keepsRedactionsAsOffsetsIntoTheCleanedBody() {
        ParsedCable cable = parser.parse(Fixtures.raw(Fixtures.text("09LISBON555.seed.txt"), "seed"));

        assertThat(cable.redactions()).singleElement().satisfies(redaction ->
                assertThat(cable.body().substring(redaction.start(), redaction.end())).isEqualTo("xxxxxxxxxxxx"));
    }

    @Test
    void parsesRefListContinuedAcrossPageBreak() {
        ParsedCable cable = parser.parse(Fixtures.raw(Fixtures.text("two-telegrams.txt").split("\nVZCZCXYZ0003")[0],
                "text"));

        assertThat(cable.references()).extracting(Reference::label).containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(cable.references()).extracting(Reference::referenceId).containsExactly(
                "08KABUL1101", "07KABUL4410", "08STATE15151", "07ISLAMABAD700", "08KABUL1187", null);
        assertThat(cable.references().get(5).text()).isEqualTo("TELCON OF FEBRUARY 2");
    }

    @Test
    void recoversEveryFieldOfABareTelegramFromItsTextAlone() {
        ParsedCable cable = parser.parse(Fixtures.raw(Fixtures.text("two-telegrams.txt").split("\nVZCZCXYZ0003")[0],
                "auto"));

        assertThat(cable.referenceId()).isEqualTo("08KABUL1234");
        assertThat(cable.format()).isEqualTo("text");
        assertThat(cable.created()).isEqualTo("2008-02-14T11:30:00Z");
        assertThat(cable.classification().level()).isEqualTo("SECRET");
        assertThat(cable.classification().caveats()).containsExactly("NOFORN", "SIPDIS");
        assertThat(cable.origin()).isEqualTo("Embassy Kabul");
        assertThat(cable.tags()).containsExactly("PGOV", "PREL", "MOPS", "AF", "PK");
        assertThat(cable.subject()).isEqualTo("PROVINCIAL COUNCIL CHAIRS ASK FOR ROAD FUNDING AHEAD OF THE SPRING");
        assertThat(cable.classifiedBy().name()).isEqualTo("Peter J. Lindqvist");
        assertThat(cable.classifiedBy().title()).isEqualTo("Deputy Chief of Mission");
        assertThat(cable.classifiedBy().reasons()).containsExactly("1.4(b)", "1.4(d)");
        assertThat(cable.declassification().declassifyOn()).isEqualTo("2018-02-14");
        assertThat(cable.summary()).isEqualTo(
                "Four provincial council chairs told PolOff on February 12 that road money is their first need.");
        assertThat(cable.comments()).containsExactly("The chairs' requests are consistent.");
        assertThat(cable.paragraphs()).extracting(Paragraph::heading).containsExactly("SUMMARY", "BACKGROUND", "COMMENT");
        assertThat(cable.signers()).containsExactly("WOOD");
        assertThat(cable.body()).doesNotContain("KABUL 00001234 002 OF 002", "S E C R E T");
    }

    @Test
    void takesTheMetadataTableAndTheTwoPreBlocksOfAnHtmlPage() {
        ParsedCable cable = parser.parse(Fixtures.raw(Fixtures.text("08OSLO321.html"), "html"));

        assertThat(cable.referenceId()).isEqualTo("08OSLO321");
        assertThat(cable.created()).isEqualTo("2008-05-21T07:45:00Z");
        assertThat(cable.routing().from().name()).isEqualTo("AMEMBASSY OSLO");
        assertThat(cable.tags()).containsExactly("PREL", "EFIS", "NO");
        assertThat(cable.paragraphs()).first().satisfies(paragraph ->
                assertThat(paragraph.text()).isEqualTo(
                        "Norway's coast guard will add a second vessel & crew to the Svalbard patrol, officials said."));
        assertThat(cable.body()).doesNotContain("<a", "&#x", "\u00B6");
    }

    @Test
    void parsesACsvRecordWithDoubledQuotes() {
        String record = CableReader.read(Fixtures.text("cables.csv"), InputFormat.CSV, "c.csv")
                .map(entry -> ((CableInput) entry).text()).findFirst().orElseThrow();

        ParsedCable cable = parser.parse(Fixtures.raw(record, "csv"));

        assertThat(cable.referenceId()).isEqualTo("08OSLO321");
        assertThat(cable.created()).isEqualTo("2008-05-21T07:45:00Z");
        assertThat(cable.paragraphs().get(0).text()).contains("\"urgent, but affordable,\"");
    }

    @Test
    void usesTheGivenReferenceIdAndWarnsWhenTheTextDisagrees() {
        ParsedCable cable = parser.parse(Fixtures.raw(Fixtures.text("08OSLO321.html"), "html", "08OSLO999", null));

        assertThat(cable.referenceId()).isEqualTo("08OSLO999");
        assertThat(cable.warnings()).contains("reference ID 08OSLO999 disagrees with the metadata's 08OSLO321",
                "reference ID 08OSLO999 disagrees with the text's 08OSLO321");
    }

    @Test
    void prefersMetadataAndWarnsWhereItDisagreesWithTheText() {
        String telegram = Fixtures.text("two-telegrams.txt").split("\nVZCZCXYZ0003")[0];
        SourceMetadata metadata = new SourceMetadata("08 KABUL 1234", "2008-02-16 10:00", "CONFIDENTIAL",
                "Embassy Kabul");

        ParsedCable cable = parser.parse(Fixtures.raw(telegram, "text", null, metadata));

        assertThat(cable.created()).isEqualTo("2008-02-16T10:00:00Z");
        assertThat(cable.classification().level()).isEqualTo("CONFIDENTIAL");
        assertThat(cable.warnings()).containsExactly(
                "created 2008-02-16T10:00:00Z (metadata) disagrees with the text's date 2008-02-14T11:30:00Z",
                "classification CONFIDENTIAL (metadata) disagrees with the text's SECRET");
    }

    @Test
    void believesTheRoutingHeaderWhenTheTextsBannerNamesAnotherCable() {
        String telegram = """
                VZCZCXRO5721
                DE RUEHFR #2725/01 1770754
                ZNY CCCCC ZZH
                O 260754Z JUN 07
                FM AMEMBASSY PARIS
                TO RUEHC/SECSTATE WASHDC IMMEDIATE 8471

                S E C R E T SECTION 01 OF 04 MOSCOW 005154
                TAGS: PREL
                SUBJECT: A BODY FROM ANOTHER CABLE
                """;

        ParsedCable cable = parser.parse(Fixtures.raw(telegram, "text"));

        assertThat(cable.referenceId()).isEqualTo("07PARIS2725");
        assertThat(cable.classification().level()).isEqualTo("CONFIDENTIAL");
        assertThat(cable.warnings()).anyMatch(warning -> warning.contains("may join two cables"));
    }

    @Test
    void infersTheYearFromTheDeclassificationDateWhenTheTextHasNoDate() {
        String extract = """
                C O N F I D E N T I A L SECTION 01 OF 02 MADRID 001187

                E.O. 12958: DECL: 04/07/2014
                TAGS: PTER PREL
                SUBJECT: TROOPS IN IRAQ
                """;

        ParsedCable cable = parser.parse(Fixtures.raw(extract, "text"));

        assertThat(cable.referenceId()).isEqualTo("04MADRID1187");
        assertThat(cable.created()).isNull();
        assertThat(cable.warnings()).contains("the year of reference ID 04MADRID1187 was inferred: the text declares no date");
    }

    @Test
    void copiesContentHashImportIdAndSourceAndStampsTheParserVersion() {
        RawCable raw = Fixtures.raw(Fixtures.text("08OSLO321.html"), "auto");

        ParsedCable cable = parser.parse(raw);

        assertThat(cable.contentHash()).isEqualTo(raw.contentHash());
        assertThat(cable.importId()).isEqualTo("test-import");
        assertThat(cable.source()).isEqualTo(raw.source());
        assertThat(cable.parserVersion()).isEqualTo(CableParser.VERSION);
        assertThat(cable.format()).isEqualTo("html");
    }

    @Test
    void rejectsTextWithoutAnyReferenceIdSayingHowToFixIt() {
        assertThatThrownBy(() -> parser.parse(Fixtures.raw("Dear colleagues, lunch is at noon.", "text")))
                .isInstanceOfSatisfying(CableRejectedException.class, e -> {
                    assertThat(e.reason()).startsWith("no reference ID");
                    assertThat(e.hint()).contains("supply the reference ID");
                    assertThat(e.source().name()).isEqualTo("test");
                });
    }

    @Test
    void rejectsAnUnknownFormat() {
        assertThatThrownBy(() -> parser.parse(Fixtures.raw("UNCLAS STATE 000001", "pdf")))
                .isInstanceOf(CableRejectedException.class).hasMessageContaining("unknown format 'pdf'");
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("09LISBON555.seed.txt", "seed"),
                Arguments.of("08OSLO321.html", "html"),
                Arguments.of("two-telegrams.txt", "auto"));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void producesJsonThatMatchesTheParsedCableSchema(String fixture, String format) throws Exception {
        Schema schema;
        try (InputStream in = ParsedCable.class.getResourceAsStream("/schemas/parsed-cable.v1.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        String text = Fixtures.text(fixture);
        String cableText = format.equals("auto") ? text.split("\nVZCZCXYZ0003")[0] : text;

        String json = new String(Json.encode(parser.parse(Fixtures.raw(cableText, format))), StandardCharsets.UTF_8);
        List<Error> errors = schema.validate(json, com.networknt.schema.InputFormat.JSON);

        assertThat(errors).isEmpty();
    }
}
