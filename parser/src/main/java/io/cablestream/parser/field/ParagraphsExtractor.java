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
 * Splits a telegram's text into its paragraphs: number (or none), classification marking such as
 * {@code (C)} or {@code (S/NF)} (after the number, or before it as in {@code (C) 1.}), a heading (an
 * inline capitals heading such as {@code SUMMARY:}, else the section title just above the paragraph:
 * boxed between rules, underlined, or a lone {@code SUMMARY}) and the text. Numbers must rise one by
 * one (a gap of up to two is allowed for a marked paragraph), so lists inside a paragraph stay in it.
 * Before the first numbered paragraph, and in cables without numbers, each block of lines between
 * blank lines is an unnumbered paragraph.
 */
public final class ParagraphsExtractor {

    private static final String MARKING = "\\(([A-Za-z][A-Za-z/ ,&-]{0,30})\\)\\s*";
    private static final Pattern START = Pattern.compile(
            "^\\s*(?:" + MARKING + ")?(\\d{1,3})\\s*\\.(?=\\s|\\()\\s*(?:" + MARKING + ")?");
    private static final Pattern UNNUMBERED_START = Pattern.compile("^\\s*" + MARKING);
    private static final Set<String> MARKING_LEVELS = Set.of("U", "C", "S", "TS", "SBU", "LOU", "FOUO", "CONFIDENTIAL",
            "SECRET", "UNCLASSIFIED", "NF", "REL");
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "^([A-Z][A-Z0-9'&/,() -]{2,60}?)(?::|\\.(?=\\s)|\\s--)\\s*");
    private static final Set<String> MIXED_CASE_HEADINGS = Set.of("SUMMARY", "COMMENT", "BACKGROUND", "ACTION REQUEST",
            "SUMMARY AND COMMENT", "NOTE");
    private static final Pattern RULE = Pattern.compile("^\\s*-{3,}[-\\s]*$");
    private static final Pattern ANY_RULE = Pattern.compile("^\\s*(?:[-=_*]\\s*){3,}$");
    private static final int MAX_GAP = 2;
    private static final int LONGEST_BOXED_TITLE = 100;
    private static final int LONGEST_UNDERLINED_TITLE = 80;

    private ParagraphsExtractor() {
    }

    /** Where a numbered paragraph starts: its number, marking (or {@code null}) and where its text begins. */
    private record Start(int number, String marking, int textStart) {
    }

    /** True when {@code line} opens a numbered paragraph, whatever its number. */
    static boolean startsParagraph(String line) {
        return start(line) != null;
    }

    private static Start start(String line) {
        if (!mayStartParagraph(line)) {
            return null;
        }
        Matcher m = START.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        String leading = marking(m.group(1));
        if (m.group(1) != null && leading == null) {
            return null;
        }
        String trailing = marking(m.group(3));
        int textStart = m.group(3) != null && trailing == null ? m.start(3) - 1 : m.end();
        return new Start(Integer.parseInt(m.group(2)), leading != null ? leading : trailing, textStart);
    }

    /** Quick test: the first character after spaces is a digit or an opening parenthesis. */
    private static boolean mayStartParagraph(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i < line.length() && (Character.isDigit(line.charAt(i)) || line.charAt(i) == '(');
    }

    /** The paragraphs of {@code lines} between {@code from} (inclusive) and {@code to} (exclusive), in order. */
    public static List<Paragraph> extract(List<String> lines, int from, int to) {
        Collector paragraphs = new Collector();
        int last = 0;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            String title = boxedTitle(lines, i, to);
            if (title != null) {
                paragraphs.title(title);
                i += 2;
                continue;
            }
            Start start = start(line);
            if (start != null && follows(start, last)) {
                paragraphs.numbered(start.number(), start.marking(), line.substring(start.textStart()).strip());
                last = start.number();
            } else {
                paragraphs.line(line);
            }
        }
        return paragraphs.finish();
    }

    private static boolean follows(Start start, int last) {
        int candidate = start.number();
        return candidate == last + 1
                || (start.marking() != null && candidate > last && candidate <= last + 1 + MAX_GAP)
                || (last == 0 && start.marking() != null);
    }

    /** Gathers paragraphs line by line: numbered ones run to the next number, unnumbered ones to a blank line. */
    private static final class Collector {
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final List<String> block = new ArrayList<>();
        private final StringBuilder numberedText = new StringBuilder();
        private Integer number;
        private String marking;
        private String title;
        private String pendingTitle;

        /** A boxed title: it ends an unnumbered block, but a numbered paragraph runs on to the next number. */
        void title(String boxed) {
            if (number == null) {
                flush();
            }
            keepTitle(boxed);
        }

        void numbered(int newNumber, String newMarking, String firstLine) {
            flush();
            number = newNumber;
            marking = newMarking;
            title = takeTitle();
            numberedText.setLength(0);
            numberedText.append(firstLine);
        }

        void line(String line) {
            if (number != null) {
                numberedText.append('\n').append(line.strip());
            } else if (line.isBlank()) {
                flush();
            } else {
                block.add(line);
            }
        }

        List<Paragraph> finish() {
            flush();
            if (pendingTitle != null) {
                add(null, null, null, pendingTitle);
            }
            return paragraphs;
        }

        private void flush() {
            if (number != null) {
                add(number, marking, title, numberedText.toString());
                number = null;
            } else if (!block.isEmpty()) {
                flushBlock();
            }
        }

        private void flushBlock() {
            List<String> words = block.stream().filter(l -> !ANY_RULE.matcher(l).matches()).toList();
            String heading = words.size() == 1 ? sectionTitle(words.get(0).strip(), words.size() < block.size()) : null;
            if (heading != null) {
                keepTitle(heading);
            } else if (!words.isEmpty()) {
                Matcher m = UNNUMBERED_START.matcher(block.get(0));
                String blockMarking = m.lookingAt() ? marking(m.group(1)) : null;
                StringBuilder text = new StringBuilder(blockMarking != null ? block.get(0).substring(m.end()) : block.get(0));
                block.subList(1, block.size()).forEach(l -> text.append('\n').append(l.strip()));
                add(null, blockMarking, takeTitle(), text.toString());
            }
            block.clear();
        }

        /** Keeps a section title for the next paragraph; one that no paragraph took is kept as a paragraph. */
        private void keepTitle(String newTitle) {
            if (pendingTitle != null && number == null) {
                add(null, null, null, pendingTitle);
            }
            pendingTitle = newTitle;
        }

        private String takeTitle() {
            String taken = pendingTitle;
            pendingTitle = null;
            return taken;
        }

        private void add(Integer paragraphNumber, String paragraphMarking, String sectionTitle, String text) {
            String body = text.strip();
            String heading = inlineHeading(body);
            paragraphs.add(new Paragraph(paragraphNumber, paragraphMarking, heading != null ? heading : sectionTitle, body));
        }
    }

    /** {@code line} as a section title: underlined (or overlined) when short, else only a lone known heading. */
    private static String sectionTitle(String line, boolean ruled) {
        String bare = line.endsWith(":") ? line.substring(0, line.length() - 1).strip() : line;
        boolean known = MIXED_CASE_HEADINGS.contains(bare.toUpperCase(Locale.ROOT));
        boolean shortTitle = ruled && bare.length() <= LONGEST_UNDERLINED_TITLE && !bare.isEmpty()
                && Character.isLetterOrDigit(bare.charAt(0)) && ".?!;,".indexOf(bare.charAt(bare.length() - 1)) < 0;
        return known || shortTitle ? bare : null;
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
