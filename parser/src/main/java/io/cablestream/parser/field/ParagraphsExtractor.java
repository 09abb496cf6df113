package io.cablestream.parser.field;

import io.cablestream.contract.event.ParsedCable.Paragraph;
import io.cablestream.parser.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a telegram's text into its numbered paragraphs: number, classification marking such as
 * {@code (C)} or {@code (S/NF)}, a heading (an inline capitals heading such as {@code SUMMARY:},
 * else the boxed section title just above the paragraph) and the text. Numbers must rise one by
 * one (a gap of up to two is allowed for a marked paragraph), so lists inside a paragraph stay in it.
 */
public final class ParagraphsExtractor {

    private static final Pattern START = Pattern.compile(
            "^\\s*(\\d{1,3})\\s*\\.(?=\\s|\\()\\s*(?:\\(([A-Za-z][A-Za-z/ ,&-]{0,30})\\)\\s*)?");
    private static final Set<String> MARKING_LEVELS = Set.of("U", "C", "S", "TS", "SBU", "LOU", "FOUO", "CONFIDENTIAL",
            "SECRET", "UNCLASSIFIED", "NF", "REL");
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "^([A-Z][A-Z0-9'&/,() -]{2,60}?)(?::|\\.(?=\\s)|\\s--)\\s*");
    private static final Set<String> MIXED_CASE_HEADINGS = Set.of("SUMMARY", "COMMENT", "BACKGROUND", "ACTION REQUEST",
            "SUMMARY AND COMMENT", "NOTE");
    private static final Pattern RULE = Pattern.compile("^\\s*-{3,}[-\\s]*$");
    private static final int MAX_GAP = 2;
    private static final int LONGEST_BOXED_TITLE = 100;

    private ParagraphsExtractor() {
    }

    /** True when {@code line} opens a numbered paragraph, whatever its number. */
    static boolean startsParagraph(String line) {
        return mayStartParagraph(line) && START.matcher(line).lookingAt();
    }

    /** Quick test: the first character after spaces is a digit. */
    private static boolean mayStartParagraph(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i < line.length() && Character.isDigit(line.charAt(i));
    }

    /** The numbered paragraphs of {@code lines} between {@code from} (inclusive) and {@code to} (exclusive). */
    public static List<Paragraph> extract(List<String> lines, int from, int to) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int last = 0;
        int number = -1;
        String marking = null;
        String boxedTitle = null;
        String pendingTitle = null;
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            String title = boxedTitle(lines, i, to);
            if (title != null) {
                pendingTitle = title;
                i += 2;
                continue;
            }
            Matcher m = START.matcher(line);
            if (mayStartParagraph(line) && m.lookingAt()) {
                int candidate = Integer.parseInt(m.group(1));
                String candidateMarking = marking(m.group(2));
                boolean next = candidate == last + 1
                        || (candidateMarking != null && candidate > last && candidate <= last + 1 + MAX_GAP)
                        || (last == 0 && candidateMarking != null);
                if (next) {
                    if (number > 0) {
                        paragraphs.add(paragraph(number, marking, boxedTitle, text));
                    }
                    number = candidate;
                    last = candidate;
                    marking = candidateMarking;
                    boxedTitle = pendingTitle;
                    pendingTitle = null;
                    text.setLength(0);
                    int markingEnd = candidateMarking == null && m.group(2) != null ? m.start(2) - 1 : m.end();
                    text.append(line.substring(markingEnd).strip());
                    continue;
                }
            }
            if (number > 0) {
                text.append('\n').append(line.strip());
            }
        }
        if (number > 0) {
            paragraphs.add(paragraph(number, marking, boxedTitle, text));
        }
        return paragraphs;
    }

    private static Paragraph paragraph(int number, String marking, String boxedTitle, StringBuilder text) {
        String body = text.toString().strip();
        String heading = inlineHeading(body);
        return new Paragraph(number, marking, heading != null ? heading : boxedTitle, body);
    }

    /** The marking inside the parentheses when it is a classification marking, upper-cased. */
    private static String marking(String inParentheses) {
        if (inParentheses == null) {
            return null;
        }
        String marking = inParentheses.strip().toUpperCase(Locale.ROOT);
        int end = 0;
        while (end < marking.length() && Character.isLetter(marking.charAt(end))) {
            end++;
        }
        return MARKING_LEVELS.contains(marking.substring(0, end)) ? marking : null;
    }

    private static String inlineHeading(String text) {
        for (String known : MIXED_CASE_HEADINGS) {
            if (text.regionMatches(true, 0, known, 0, known.length()) && text.length() > known.length() + 1
                    && (text.charAt(known.length()) == ':' || text.charAt(known.length()) == '.'
                        || text.startsWith(" --", known.length()))) {
                return known;
            }
        }
        Matcher m = INLINE_HEADING.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        String heading = m.group(1).strip();
        boolean capitals = heading.equals(heading.toUpperCase(Locale.ROOT)) && heading.chars().anyMatch(Character::isLetter);
        boolean shortHeading = Words.of(heading).length <= 8;
        if (capitals && shortHeading && m.end() < text.length() && !isAllCapitals(text)) {
            return heading;
        }
        return null;
    }

    private static boolean isAllCapitals(String text) {
        int end = Math.min(text.length(), 200);
        for (int i = 0; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The title of a boxed heading (rule, title, rule) starting at line {@code i}, or {@code null}. */
    private static String boxedTitle(List<String> lines, int i, int to) {
        if (i + 2 >= to || lines.get(i).indexOf("---") < 0 || !RULE.matcher(lines.get(i)).matches()
                || !RULE.matcher(lines.get(i + 2)).matches()) {
            return null;
        }
        String title = lines.get(i + 1).strip();
        return title.isEmpty() || title.length() > LONGEST_BOXED_TITLE || startsParagraph(title) ? null : title;
    }
}
