package io.cablestream.parser.field;

import io.cablestream.parser.text.Search;
import io.cablestream.parser.text.Words;
import java.util.Optional;

/**
 * A closing marker such as {@code END SUMMARY} or {@code END OF COMMENT} (any case, any whitespace
 * between the words). Found from the occurrences of the closing word, in time linear in the text,
 * rather than by trying a pattern at every position.
 *
 * @param start index of {@code END}
 * @param end index after the closing word
 */
record EndMarker(int start, int end) {

    /** The first marker closing {@code word} that starts at or after {@code from} and ends by {@code to}. */
    static Optional<EndMarker> find(String text, String word, int from, int to) {
        int at = Search.indexOfIgnoreCase(text, word, from, to);
        while (at >= 0) {
            int end = at + word.length();
            int start = endBefore(text, at);
            if (start >= from && (end == text.length() || !Words.isWordChar(text.charAt(end)))) {
                return Optional.of(new EndMarker(start, end));
            }
            at = Search.indexOfIgnoreCase(text, word, end, to);
        }
        return Optional.empty();
    }

    /** Index of the {@code END} that, with an optional {@code OF}, precedes the word at {@code word}; else -1. */
    private static int endBefore(String text, int word) {
        int i = skipSpaceBackwards(text, word);
        if (i == word) {
            return -1;
        }
        if (endsWithWord(text, i, "OF")) {
            int beforeOf = skipSpaceBackwards(text, i - 2);
            i = beforeOf == i - 2 ? i : beforeOf;
        }
        return endsWithWord(text, i, "END") ? i - 3 : -1;
    }

    /** True when the text just before {@code i} is {@code word}, starting at a word boundary. */
    private static boolean endsWithWord(String text, int i, String word) {
        int start = i - word.length();
        return start >= 0 && text.regionMatches(true, start, word, 0, word.length())
                && (start == 0 || !Words.isWordChar(text.charAt(start - 1)));
    }

    private static int skipSpaceBackwards(String text, int i) {
        int j = i;
        while (j > 0 && isSpace(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    /** Java's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
