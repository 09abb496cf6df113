package io.cablestream.parser.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.parser.text.Lines;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyCleanerTest {

    private static String clean(String text) {
        return Lines.join(BodyCleaner.clean(Lines.split(text)));
    }

    @Test
    void dropsPageBreakLinesOfBothPrinterStyles() {
        assertThat(clean("one\nMOSCOW 00003804 002 OF 003\ntwo\nPAGE 02        HARARE  06677  02 OF 03  291400Z\nthree"))
                .isEqualTo("one\ntwo\nthree");
    }

    @Test
    void dropsAContinuedFirstPageHeaderInAnyCase() {
        assertThat(clean("one\nMADRID 00000766 001.2 OF 003\ntwo\nMoscow 00002366  001.2 of 004\nthree"))
                .isEqualTo("one\ntwo\nthree");
    }

    @Test
    void cutsAPrinterPageHeaderOffTheTextItWasPrintedInto() {
        assertThat(clean("one\nPAGE 03 HARARE 06677 03 OF 03 291401Z 11. (C) COMMENT: Frank. END COMMENT."))
                .isEqualTo("one\n11. (C) COMMENT: Frank. END COMMENT.");
    }

    @Test
    void dropsTheOpeningAndSectionBannersButKeepsBannersOfOtherCables() {
        assertThat(clean("C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 003804\nfirst\n"
                + "C O N F I D E N T I A L SECTION 02 OF 02 MOSCOW 003804\nsecond\nCONFIDENTIAL\nthird"))
                .isEqualTo("first\nsecond\nthird");
    }

    @Test
    void keepsOnlyTheFirstOfRepeatedCaveatLines() {
        assertThat(clean("SIPDIS\nSIPDIS\nE.O. 12958: N/A\ntext\nSIPDIS")).isEqualTo("SIPDIS\nE.O. 12958: N/A\ntext");
    }

    @Test
    void decodesHtmlResidueAndDropsParagraphMarks() {
        assertThat(clean("<a id='par1' href='#par1'>\u00B6</a>1. (C) Tom &amp; Jerry&#x000A;next line"))
                .isEqualTo("1. (C) Tom & Jerry\nnext line");
    }

    @Test
    void dropsPublisherNotesDatelinesAndBareDtgs() {
        assertThat(clean("This record is a partial extract of the original cable.\n\n201247Z Jan 04\n"
                + "Friday, 23 February 2001, 15:53\ntext")).isEqualTo("text");
    }

    @Test
    void removesADuplicatedBodyWithTheMatchingLinesBeforeIt() {
        String block = "E.O. 12958: DECL: 06/12/2019\nTAGS: EWWT\n"
                + "1. (C) The harbor authority will test two scanners this autumn.\n"
                + "2. (C) The trials start in October and run six weeks in all.\n"
                + "3. (U) Embassy will report further after the trials are done.";

        assertThat(clean(block + "\nSMITH\n" + block)).isEqualTo(block + "\nSMITH");
    }

    @Test
    void keepsShortLinesThatRepeat() {
        assertThat(clean("----\nTitle\n----\ntext\n----\nTitle\n----")).isEqualTo("----\nTitle\n----\ntext\n----\nTitle\n----");
    }

    @Test
    void collapsesRunsOfBlankLinesAndTrimsTheEnds() {
        assertThat(BodyCleaner.clean(List.of("", "a", "", "", "", "b", "", ""))).containsExactly("a", "", "b");
    }
}
