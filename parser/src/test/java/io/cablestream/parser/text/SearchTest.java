package io.cablestream.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The case-insensitive search: any case, far ahead, within bounds; and patterns tried where their word stands. */
class SearchTest {

    @Test
    void findsTheNeedleInAnyCaseFarBeyondTheFirstLookAhead() {
        String text = "a common comet, no match; ".repeat(10_000) + "ComMENT";

        assertThat(Search.indexOfIgnoreCase(text, "COMMENT", 0)).isEqualTo(text.length() - 7);
        assertThat(Search.indexOfIgnoreCase(text, "COMMENTS", 0)).isEqualTo(-1);
    }

    @Test
    void returnsTheFirstOccurrenceWhicheverCaseComesFirst() {
        String text = "Comment COMMENT comment";

        assertThat(Search.indexOfIgnoreCase(text, "comment", 1)).isEqualTo(8);
        assertThat(Search.indexOfIgnoreCase(text, "COMMENT", 9)).isEqualTo(16);
    }

    @Test
    void findsOnlyOccurrencesLyingWhollyBeforeTheBound() {
        String text = "abc SUMMARY def";

        assertThat(Search.indexOfIgnoreCase(text, "summary", 0, 10)).isEqualTo(-1);
        assertThat(Search.indexOfIgnoreCase(text, "summary", 0, 11)).isEqualTo(4);
    }

    @Test
    void triesAPatternWhereItsWordStandsAndLeavesTheMatchInTheMatcher() {
        Matcher decl = Pattern.compile("(?i)(?<![A-Z])DECL:\\s*(\\d{2}/\\d{2}/\\d{4})").matcher("");
        String text = "XDECL: 01/01/1999 then Decl: 03/14/2019";

        assertThat(Search.lookingAtWord(decl.reset(text), text, "DECL")).isTrue();
        assertThat(decl.group(1)).isEqualTo("03/14/2019");
        assertThat(Search.lookingAtWord(decl.reset("no date"), "no date", "DECL")).isFalse();
    }
}
