package io.cablestream.parser.field;

import io.cablestream.parser.text.Lines;
import io.cablestream.parser.text.Search;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary: the text after {@code SUMMARY:} (or {@code Summary.}) up to {@code END SUMMARY},
 * or to the end of its paragraph when the cable never closes it.
 */
public final class SummaryExtractor {

    private static final String WORD = "SUMMARY";
    private static final String EXECUTIVE = "EXECUTIVE";
    private static final Pattern OPENING = Pattern.compile(
            "(?i)(?<![A-Za-z] )(?<!END )\\b(?:EXECUTIVE\\s+)?SUMMARY\\b(?:\\s+AND\\s+COMMENT)?\\s*(?::|\\.|--|-)\\s*");
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n\\s*\\n|\\n\\s*\\d{1,3}\\s*\\.\\s");
    private static final int SEARCH_CHARS = 8000;
    private static final int LONGEST_SUMMARY = 20000;

    private SummaryExtractor() {
    }

    /** The summary in the cleaned {@code text}, when the cable has one. */
    public static Optional<String> extract(String text) {
        int start = openingEnd(text);
        if (start < 0) {
            return Optional.empty();
        }
        int limit = Math.min(text.length(), start + LONGEST_SUMMARY);
        int end = EndMarker.find(text, WORD, start, limit).map(EndMarker::start).orElseGet(() -> {
            Matcher paragraphEnd = PARAGRAPH_END.matcher(text);
            paragraphEnd.region(start, limit);
            return paragraphEnd.find() ? paragraphEnd.start() : limit;
        });
        String summary = trimClosingPunctuation(Lines.collapseWhitespace(text.substring(start, end)));
        return summary.isEmpty() ? Optional.empty() : Optional.of(summary);
    }

    /** Index after the first opening ({@code SUMMARY:}) within the first characters, or -1; tried only where the word is. */
    private static int openingEnd(String text) {
        int limit = Math.min(text.length(), SEARCH_CHARS);
        Matcher opening = OPENING.matcher(text).useTransparentBounds(true);
        for (int word = Search.indexOfIgnoreCase(text, WORD, 0, limit); word >= 0;
                word = Search.indexOfIgnoreCase(text, WORD, word + WORD.length(), limit)) {
            int executive = executiveBefore(text, word);
            if ((executive >= 0 && opensAt(opening, executive, limit)) || opensAt(opening, word, limit)) {
                return opening.end();
            }
        }
        return -1;
    }

    private static boolean opensAt(Matcher opening, int at, int limit) {
        return opening.region(at, limit).lookingAt();
    }

    /** Index of {@code EXECUTIVE} when it stands, followed by whitespace, right before {@code word}; else -1. */
    private static int executiveBefore(String text, int word) {
        int i = word;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int start = i - EXECUTIVE.length();
        return i < word && start >= 0 && text.regionMatches(true, start, EXECUTIVE, 0, EXECUTIVE.length()) ? start : -1;
    }

    private static String trimClosingPunctuation(String summary) {
        String trimmed = summary.strip();
        while (trimmed.endsWith("(") || trimmed.endsWith("--") || trimmed.endsWith("-")) {
            trimmed = trimmed.substring(0, trimmed.length() - (trimmed.endsWith("--") ? 2 : 1)).strip();
        }
        return trimmed;
    }
}
