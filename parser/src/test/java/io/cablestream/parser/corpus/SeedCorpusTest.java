package io.cablestream.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.ParsedCable.Paragraph;
import io.cablestream.contract.event.RawCable;
import io.cablestream.parser.CableParser;
import io.cablestream.parser.ReferenceIds;
import io.cablestream.testsupport.TestCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real seed cable, {@code $CABLES_CORPUS/seed/07MOSCOW3804.txt}, parsed from its flattened export. */
class SeedCorpusTest {

    private static String seed;
    private static ParsedCable cable;

    @BeforeEach
    void parseSeed() throws IOException {
        if (cable != null) {
            return;
        }
        Path file = TestCorpus.folder().resolve("seed").resolve("07MOSCOW3804.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " is missing: skipping");
        seed = Files.readString(file, StandardCharsets.UTF_8);
        cable = new CableParser().parse(new RawCable(null, "corpus", CableParser.contentHash(seed), "auto",
                new CableSource("07MOSCOW3804.txt", null), null, Instant.EPOCH, seed));
    }

    @Test
    void findsTheSeedsReferenceId() {
        assertThat(ReferenceIds.findIn(seed)).contains("07MOSCOW3804");
        assertThat(cable.referenceId()).isEqualTo("07MOSCOW3804");
    }

    @Test
    void readsTheIdentityFields() {
        assertThat(cable.format()).isEqualTo("seed");
        assertThat(cable.created()).isEqualTo("2007-08-02T14:37:00Z");
        assertThat(cable.classification().level()).isEqualTo("CONFIDENTIAL");
        assertThat(cable.origin()).isEqualTo("Embassy Moscow");
        assertThat(cable.warnings()).isEmpty();
    }

    @Test
    void readsSubjectTagsAndClassifiedBy() {
        assertThat(cable.subject())
                .isEqualTo("EAP PDAS STEPHENS JULY 27 DISCUSSIONS ON THE NORTH EAST ASIA PEACE AND SECURITY MECHANISM");
        assertThat(cable.tags()).containsExactly("PREL", "PGOV", "PARM", "MNUC", "KNNP", "KN", "KS", "JA", "RS");
        assertThat(cable.classifiedBy().name()).isEqualTo("Daniel A. Russell");
        assertThat(cable.classifiedBy().reasons()).containsExactly("1.4(b)", "1.4(d)");
        assertThat(cable.declassification().declassifyOn()).isEqualTo("2017-07-30");
    }

    @Test
    void readsTheOneLineRoutingHeader() {
        assertThat(cable.routing().transmissionId()).isEqualTo("VZCZCXRO9358");
        assertThat(cable.routing().dateTimeGroup()).isEqualTo("021437Z AUG 07");
        assertThat(cable.routing().from().name()).isEqualTo("AMEMBASSY MOSCOW");
        assertThat(cable.routing().to()).extracting(ParsedCable.Recipient::name).containsExactly("SECSTATE WASHDC");
        assertThat(cable.sectionCount()).isEqualTo(3);
    }

    @Test
    void keepsEachOfTheFourteenParagraphsOnceThoughTheBodyAppearsTwice() {
        assertThat(cable.paragraphs()).extracting(Paragraph::number).filteredOn(Objects::nonNull)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 14).boxed().toList());
        assertThat(cable.body().split("Rakhmanin stated that there is no GOR position", -1)).hasSize(2);
        assertThat(cable.body()).doesNotContain("MOSCOW 00003804 002 OF 003", "C O N F I D E N T I A L");
        assertThat(cable.signers()).containsExactly("RUSSELL");
    }
}
