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

    private static final Pattern OPENING = Pattern.compile(
            "(?i)(?<![A-Za-z] )(?<!END )\\b(?:EXECUTIVE\\s+)?SUMMARY\\b(?:\\s+AND\\s+COMMENT)?\\s*(?::|\\.|--|-)\\s*");
    private static final Pattern CLOSING = Pattern.compile("(?i)\\bEND\\s+(?:OF\\s+)?SUMMARY\\b");
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n\\s*\\n|\\n\\s*\\d{1,3}\\s*\\.\\s");
    private static final int SEARCH_CHARS = 8000;
    private static final int LONGEST_SUMMARY = 20000;

    private SummaryExtractor() {
    }

    /** The summary in the cleaned {@code text}, when the cable has one. */
    public static Optional<String> extract(String text) {
        int word = Search.indexOfIgnoreCase(text, "SUMMARY", 0);
        if (word < 0 || word >= SEARCH_CHARS) {
            return Optional.empty();
        }
        Matcher opening = OPENING.matcher(text);
        opening.region(Math.max(0, word - "EXECUTIVE ".length() - 1), Math.min(text.length(), SEARCH_CHARS));
        if (!opening.find()) {
            return Optional.empty();
        }
        int start = opening.end();
        int limit = Math.min(text.length(), start + LONGEST_SUMMARY);
        Matcher closing = CLOSING.matcher(text);
        closing.region(start, limit);
        int end;
        if (closing.find()) {
            end = closing.start();
        } else {
            Matcher paragraphEnd = PARAGRAPH_END.matcher(text);
            paragraphEnd.region(start, limit);
            end = paragraphEnd.find() ? paragraphEnd.start() : limit;
        }
        String summary = trimClosingPunctuation(Lines.collapseWhitespace(text.substring(start, end)));
        return summary.isEmpty() ? Optional.empty() : Optional.of(summary);
    }

    private static String trimClosingPunctuation(String summary) {
        String trimmed = summary.strip();
        while (trimmed.endsWith("(") || trimmed.endsWith("--") || trimmed.endsWith("-")) {
            trimmed = trimmed.substring(0, trimmed.length() - (trimmed.endsWith("--") ? 2 : 1)).strip();
        }
        return trimmed;
    }
}
