package io.cablestream.parser.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BannerTest {

    @Test
    void readsLevelSectionPostAndSerialOfASpacedBanner() {
        assertThat(Banner.parse("C O N F I D E N T I A L SECTION 01 OF 03 MOSCOW 003804")).hasValueSatisfying(banner -> {
            assertThat(banner.level()).isEqualTo("CONFIDENTIAL");
            assertThat(banner.sectionCount()).isEqualTo(3);
            assertThat(banner.post()).isEqualTo("MOSCOW");
            assertThat(banner.serial()).isEqualTo("003804");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "'S E C R E T STATE 152317', SECRET, STATE",
        "'UNCLAS SECTION 01 OF 02 RIO DE JANEIRO 001242', UNCLASSIFIED, RIO DE JANEIRO",
        "'C o n f i d e n t i a l section 01 of 04 ankara 000348', CONFIDENTIAL, ANKARA",
        "'SS E C R E T SECTION 01 OF 02 PARIS 001234', SECRET, PARIS",
        "'C ONFIDENTIAL SECTION 1 of 2 BAKU 000123', CONFIDENTIAL, BAKU",
        "'UNCLASSIFIED TEHRAN 5055', UNCLASSIFIED, TEHRAN",
        "'S E C R E T THE HAGUE 000054', SECRET, THE HAGUE"})
    void toleratesTheSpellingsFoundInRealBanners(String line, String level, String post) {
        assertThat(Banner.parse(line)).hasValueSatisfying(banner -> {
            assertThat(banner.level()).isEqualTo(level);
            assertThat(banner.post()).isEqualTo(post);
        });
    }

    @Test
    void readsCaveatsWrittenOnTheBannerLine() {
        assertThat(Banner.parse("S E C R E T BOGOTA 000123 SIPDIS NOFORN"))
                .hasValueSatisfying(banner -> assertThat(banner.caveats()).containsExactly("SIPDIS", "NOFORN"));
        assertThat(Banner.parse("UNCLAS E F T O STATE 000123"))
                .hasValueSatisfying(banner -> assertThat(banner.caveats()).containsExactly("EFTO"));
    }

    @Test
    void acceptsALevelAloneAsABannerWithoutPost() {
        assertThat(Banner.parse("CONFIDENTIAL")).hasValueSatisfying(banner -> {
            assertThat(banner.level()).isEqualTo("CONFIDENTIAL");
            assertThat(banner.hasPostAndSerial()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"SECRET - ENTIRE TEXT.", "Confidential sources say so", "SECRET POLICE", "MOSCOW 003804",
        "", "TAGS: PREL"})
    void refusesProseAndOtherLines(String line) {
        assertThat(Banner.parse(line)).isEmpty();
    }
}
