package io.cablestream.parser.field;

import io.cablestream.parser.text.Search;
import io.cablestream.parser.text.Words;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-digit year a telegram was sent in: from the date its text declares (DTG, dateline,
 * embedded header), else inferred from its declassification date (cables were most often set to be
 * declassified ten years on), kept no earlier than the latest year its REF list cites, else the
 * latest year the text mentions.
 */
final class CableYear {

    private static final Pattern DECL_DATE = Pattern.compile(
            "(?i)\\bDECL(?:ASSIFY)?(?:\\s+ON)?\\s*[:;.]?\\s*(?:\\d{1,2}/\\d{1,2}/(\\d{4}|\\d{2})\\b|(\\d{4})/\\d{1,2}/\\d{1,2}\\b)");
    private static final Pattern CITATION = Pattern.compile("(?i)\\d{2} [A-Z]{3,}(?: +[A-Z]+){0,4} +\\d{1,7}\\b");
    private static final String[] REF_LABELS = {"REF", "REFS", "REFTEL"};
    private static final int EARLIEST_MENTIONED = 1960;
    private static final int LATEST_MENTIONED = 2029;
    private static final int USUAL_DECLASSIFICATION_YEARS = 10;
    private static final int SEARCH_LINES = 60;

    private CableYear() {
    }

    /**
     * The year as two digits, e.g. {@code 07}, when it can be told or inferred.
     *
     * @param createdFromText the ISO-8601 date the text declares, or {@code null}
     * @param lines the telegram's text lines
     */
    static Optional<String> of(String createdFromText, List<String> lines) {
        if (createdFromText != null) {
            return Optional.of(createdFromText.substring(2, 4));
        }
        return inferred(lines).map(year -> String.format("%02d", year % 100));
    }

    private static Optional<Integer> inferred(List<String> lines) {
        String top = String.join("\n", lines.subList(0, Math.min(lines.size(), SEARCH_LINES)));
        int cited = latestCitedYear(top);
        Matcher decl = DECL_DATE.matcher(top);
        if (Search.lookingAtWord(decl, top, "DECL")) {
            String year = decl.group(1) != null ? decl.group(1) : decl.group(2);
            int full = year.length() == 2 ? DateTimeGroups.fullYear(Integer.parseInt(year)) : Integer.parseInt(year);
            return Optional.of(Math.max(full - USUAL_DECLASSIFICATION_YEARS, cited));
        }
        int mentioned = cited;
        for (String line : lines) {
            mentioned = Math.max(mentioned, latestMentionedYear(line));
        }
        return mentioned > 0 ? Optional.of(mentioned) : Optional.empty();
    }

    /** The latest year from 1960 to 2029 written alone in {@code line} (not inside a longer number or a date like 1/2/2007), or 0. */
    private static int latestMentionedYear(String line) {
        int latest = 0;
        for (int i = 0; i + 4 <= line.length(); i++) {
            char before = i == 0 ? ' ' : line.charAt(i - 1);
            char after = i + 4 == line.length() ? ' ' : line.charAt(i + 4);
            char first = line.charAt(i);
            boolean alone = !isDigit(before) && before != '/' && before != '.' && before != '-'
                    && !isDigit(after) && after != '/';
            if ((first == '1' || first == '2') && alone && isDigits(line, i, i + 4)) {
                int year = Integer.parseInt(line, i, i + 4, 10);
                if (year >= EARLIEST_MENTIONED && year <= LATEST_MENTIONED) {
                    latest = Math.max(latest, year);
                }
            }
        }
        return latest;
    }

    /** The latest year among cables cited after a REF label, e.g. {@code 07} in {@code REF: A. 07 STATE 1234}, or 0. */
    private static int latestCitedYear(String top) {
        int latest = 0;
        Matcher citation = CITATION.matcher(top);
        for (int i = referencesStart(top); i >= 0 && i + 3 <= top.length(); i++) {
            if (opensCitation(top, i) && citation.region(i, top.length()).lookingAt()) {
                latest = Math.max(latest, DateTimeGroups.fullYear(Integer.parseInt(top, i, i + 2, 10)));
                i = citation.end() - 1;
            }
        }
        return latest;
    }

    /** Index after the first {@code REF}, {@code REFS} or {@code REFTEL} standing as a word, or -1. */
    private static int referencesStart(String top) {
        for (int at = Search.indexOfIgnoreCase(top, "REF", 0); at >= 0; at = Search.indexOfIgnoreCase(top, "REF", at + 1)) {
            if (at > 0 && Words.isWordChar(top.charAt(at - 1))) {
                continue;
            }
            for (String label : REF_LABELS) {
                int end = at + label.length();
                if (top.regionMatches(true, at, label, 0, label.length())
                        && (end == top.length() || !Words.isWordChar(top.charAt(end)))) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** Quick test before the pattern: two digits, not preceded by a digit or slash, then a space. */
    private static boolean opensCitation(String text, int i) {
        return isDigit(text.charAt(i)) && isDigit(text.charAt(i + 1)) && text.charAt(i + 2) == ' '
                && (i == 0 || (!isDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '/'));
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
