package io.cablestream.parser.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTimeGroupsTest {

    @ParameterizedTest
    @CsvSource({
        "021437Z AUG 07, 2007-08-02T14:37:00Z",
        "201247Z Jan 04, 2004-01-20T12:47:00Z",
        "281848Z DEC 66, 1966-12-28T18:48:00Z",
        "O 011452Z SEP 09, 2009-09-01T14:52:00Z"})
    void turnsADateTimeGroupIntoIsoUtc(String dtg, String iso) {
        assertThat(DateTimeGroups.parse(dtg)).contains(iso);
    }

    @Test
    void refusesImpossibleDates() {
        assertThat(DateTimeGroups.parse("311437Z FEB 07")).isEmpty();
        assertThat(DateTimeGroups.parse("021437Z FOO 07")).isEmpty();
    }

    @Test
    void findsTheFirstDtgInALine() {
        assertThat(DateTimeGroups.find("P R 281848Z DEC 66 FM X")).contains("281848Z DEC 66");
        assertThat(DateTimeGroups.find("no date here 12345Z")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2007-08-02 14:37:00, 2007-08-02T14:37:00Z",
        "2004-01-20 12:12, 2004-01-20T12:12:00Z",
        "12/28/1966 18:48, 1966-12-28T18:48:00Z",
        "2007-08-02T14:37:00Z, 2007-08-02T14:37:00Z",
        "'Friday, 23 February 2001, 15:53', 2001-02-23T15:53:00Z"})
    void normalisesMetadataDates(String written, String iso) {
        assertThat(DateTimeGroups.normalize(written)).contains(iso);
    }

    @Test
    void leavesWhatIsNoDateUnnormalised() {
        assertThat(DateTimeGroups.normalize("yesterday")).isEmpty();
        assertThat(DateTimeGroups.normalize(null)).isEmpty();
    }
}
