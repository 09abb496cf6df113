package io.cablestream.parser.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Closing markers such as {@code END SUMMARY}, found from the closing word. */
class EndMarkerTest {

    @Test
    void findsTheMarkerInAnyCaseWithAnyWhitespaceAndAnOptionalOf() {
        String text = "Officials agreed. End\n  of   Summary. More text.";

        assertThat(EndMarker.find(text, "SUMMARY", 0, text.length()))
                .contains(new EndMarker(text.indexOf("End"), text.indexOf("Summary") + "Summary".length()));
    }

    @Test
    void ignoresTheWordsInsideLongerWords() {
        String text = "A WEEKEND SUMMARY, an END SUMMARYX and ENDOF SUMMARY.";

        assertThat(EndMarker.find(text, "SUMMARY", 0, text.length())).isEmpty();
    }

    @Test
    void findsOnlyMarkersStartingFromTheGivenPositionAndEndingByTheBound() {
        String text = "END COMMENT one. END COMMENT two.";
        int second = text.lastIndexOf("END");

        assertThat(EndMarker.find(text, "COMMENT", 1, text.length())).contains(new EndMarker(second, second + 11));
        assertThat(EndMarker.find(text, "COMMENT", 1, text.length() - 6)).isEmpty();
    }
}
