package io.cablestream.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceIdsTest {

    @ParameterizedTest
    @CsvSource({
        "07 MOSCOW 3804, 07MOSCOW3804",
        "07MOSCOW003804, 07MOSCOW3804",
        "07moscow3804, 07MOSCOW3804",
        "08 THE HAGUE 123, 08THEHAGUE123",
        "09 RIO DE JANEIRO 0042, 09RIODEJANEIRO42",
        "66BUENOSAIRES2481, 66BUENOSAIRES2481"})
    void canonicalisesSpacingCaseAndLeadingZeros(String written, String canonical) {
        assertThat(ReferenceIds.canonical(written)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "MOSCOW3804", "07MOSCOW", "073804", "7MOSCOW3804", "07MOSCOW0",
        "07MOSCOW12345678", "07MOS-COW3804", "07 MOSCOW 3804 EXTRA", "07M3804"})
    void rejectsWhatIsNotAReferenceId(String garbage) {
        assertThat(ReferenceIds.canonical(garbage)).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThat(ReferenceIds.canonical(null)).isEmpty();
        assertThat(ReferenceIds.findIn(null)).isEmpty();
    }

    @Test
    void findsTheIdentifierOfASeedExport() {
        assertThat(ReferenceIds.findIn(Fixtures.text("09LISBON555.seed.txt"))).contains("09LISBON555");
    }

    @Test
    void findsTheIdInTheMetadataTableOfAnHtmlPage() {
        assertThat(ReferenceIds.findIn(Fixtures.text("08OSLO321.html"))).contains("08OSLO321");
    }

    @Test
    void findsTheIdFromBannerAndDtgYearOfBareTelegramText() {
        String telegram = """
                R 021437Z AUG 07
                FM AMEMBASSY MOSCOW
                TO SECSTATE WASHDC 2649

                C O N F I D E N T I A L MOSCOW 003804

                E.O. 12958: DECL: 07/30/2017
                """;
        assertThat(ReferenceIds.findIn(telegram)).contains("07MOSCOW3804");
    }

    @Test
    void findsTheIdFromTheRoutingHeaderWhenTheBannerIsMissing() {
        String telegram = """
                VZCZCXYZ0000
                DE RUEHLP #0096/01 0231326
                P 231326Z JAN 09
                FM AMEMBASSY LA PAZ
                TO RUEHC/SECSTATE WASHDC PRIORITY 9793

                SIPDIS
                TAGS: PGOV
                """;
        assertThat(ReferenceIds.findIn(telegram)).contains("09LAPAZ96");
    }

    @Test
    void findsNothingInTextThatDeclaresNoCable() {
        assertThat(ReferenceIds.findIn("just some words\nand more words")).isEmpty();
    }
}
