package io.cablestream.parser.field;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled lines that open a telegram's text before its first paragraph ({@code E.O.},
 * {@code TAGS}, {@code SUBJECT}, {@code REF}, {@code Classified By}), each cut out as raw text.
 * Labels are found at line starts or, with a colon, inside a line; a field runs to the next label
 * or blank line (a REF list also continues across blank lines while entries follow).
 *
 * @param fields the raw text after each label, without the label
 * @param labels the label as written for each field, e.g. {@code E.O. 12958}
 * @param endLine index of the first line after the preamble (where the numbered paragraphs or the summary begin)
 * @param fieldsEndLine index of the first line after the last labelled field (where body text may begin), at most {@code endLine}
 */
public record Preamble(Map<Label, String> fields, Map<Label, String> labels, int endLine, int fieldsEndLine) {

    /** The fields a preamble can hold. */
    public enum Label { DECLASSIFICATION, TAGS, SUBJECT, REFERENCES, CLASSIFIED_BY }

    private static final int LONGEST_PREAMBLE = 150;
    private static final int LONGEST_PREAMBLE_CHARS = 30_000;
    private static final Pattern LABEL = Pattern.compile(
            "(?im)(?:^[ \\t]*(?:\\(U\\)[ \\t]*)?(E\\.?[ ]?O\\.?[ ]?\\d{4,5}|EO[ ]\\d{5}|TAGS?\\b|SUBJ(?:ECT)?\\b"
                    + "|REF(?:S|TEL|TELS|ERENCE|ERENCES)?\\b|CLASSIFIED[ \\t]+BY\\b)"
                    + "|[ \\t](E\\.O\\.[ ]?\\d{5}(?=:?[ ]*DECL)|TAGS?:|(?-i:TAGS?)(?=[ \\t]+[A-Z]{2,}[ ,])|SUBJECT:|REFS?:"
                    + "|CLASSIFIED[ \\t]+BY\\b))");
    private static final String LABEL_INITIALS = "ETSRCetsrc";
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern REF_ENTRY_START = Pattern.compile("^\\s*(?:\\(?[A-Z]\\s*[.)]|\\d{2}\\s+[A-Z])");
    private static final Pattern SUMMARY_START = Pattern.compile("(?i)^\\s*SUMMARY\\s*[:.\\-]");
    private static final Pattern RULE = Pattern.compile("^\\s*-{3,}");
    private static final Pattern REASON_NUMBER = Pattern.compile("\\s*(?:\\(?[A-Z]\\)?\\s*)?1\\s*[./:]\\s*[4-6]");

    /** The field under {@code label}, when present. */
    public Optional<String> field(Label label) {
        return Optional.ofNullable(fields.get(label));
    }

    /** Finds the preamble at the top of the cleaned text {@code lines}. */
    public static Preamble scan(List<String> lines) {
        int end = Math.min(lines.size(), LONGEST_PREAMBLE);
        boolean labelSeen = false;
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (ParagraphsExtractor.startsParagraph(line) || SUMMARY_START.matcher(line).lookingAt()
                    || (labelSeen && RULE.matcher(line).lookingAt())) {
                end = i;
                break;
            }
            labelSeen = labelSeen || (line.length() < LONGEST_PREAMBLE_CHARS && findLabel(LABEL.matcher(line), line, 0));
        }
        String joined = String.join("\n", lines.subList(0, end));
        String text = joined.length() > LONGEST_PREAMBLE_CHARS ? joined.substring(0, LONGEST_PREAMBLE_CHARS) : joined;
        List<int[]> spans = new ArrayList<>();
        List<Label> found = new ArrayList<>();
        List<String> written = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        for (int from = 0; findLabel(m, text, from); from = m.end()) {
            String label = m.group(1) != null ? m.group(1) : m.group(2);
            int labelStart = m.group(1) != null ? m.start(1) : m.start(2);
            found.add(labelOf(label));
            written.add(label.replace(":", "").strip());
            spans.add(new int[] {labelStart, m.end()});
        }
        Map<Label, String> fields = new EnumMap<>(Label.class);
        Map<Label, String> labels = new EnumMap<>(Label.class);
        int fieldsEnd = 0;
        for (int k = 0; k < found.size(); k++) {
            int valueEnd = k + 1 < spans.size() ? spans.get(k + 1)[0] : text.length();
            String raw = text.substring(spans.get(k)[1], valueEnd);
            int kept = switch (found.get(k)) {
                case REFERENCES -> referencesLength(raw);
                case CLASSIFIED_BY -> classifiedByLength(raw);
                default -> lengthToBlankLine(raw);
            };
            String value = stripLeadingPunctuation(BLANK_LINE.matcher(raw.substring(0, kept)).replaceAll("\n"));
            if (!fields.containsKey(found.get(k)) && !value.isBlank()) {
                fields.put(found.get(k), value);
                labels.put(found.get(k), written.get(k));
                fieldsEnd = spans.get(k)[1] + kept;
            } else if (!labels.containsKey(found.get(k))) {
                labels.put(found.get(k), written.get(k));
            }
        }
        return new Preamble(fields, labels, end, fieldsEnd == 0 ? 0 : Math.min(end, lineAfter(text, fieldsEnd)));
    }

    /** Index of the line after the one holding the character before {@code offset}. */
    private static int lineAfter(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset - 1; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * {@code label.find()} from {@code from}, trying the pattern only where a label can start: at a
     * line start, or at a blank before a label's first letter.
     */
    private static boolean findLabel(Matcher label, String text, int from) {
        label.useAnchoringBounds(false);
        for (int p = from; p < text.length(); p++) {
            char c = text.charAt(p);
            boolean lineStart = p == 0 || isLineTerminator(text.charAt(p - 1));
            boolean blankBeforeLabel = (c == ' ' || c == '\t') && p + 1 < text.length()
                    && LABEL_INITIALS.indexOf(text.charAt(p + 1)) >= 0;
            if ((lineStart || blankBeforeLabel) && label.region(p, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The characters after which {@code ^} matches in multiline mode. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static Label labelOf(String label) {
        String upper = label.toUpperCase(Locale.ROOT);
        if (upper.startsWith("TAG")) {
            return Label.TAGS;
        }
        if (upper.startsWith("SUBJ")) {
            return Label.SUBJECT;
        }
        if (upper.startsWith("REF")) {
            return Label.REFERENCES;
        }
        if (upper.startsWith("CLASSIFIED")) {
            return Label.CLASSIFIED_BY;
        }
        return Label.DECLASSIFICATION;
    }

    /** Length of {@code value} up to its first blank line. */
    private static int lengthToBlankLine(String value) {
        Matcher blank = BLANK_LINE.matcher(value);
        return blank.find() ? blank.start() : value.length();
    }

    /** Up to a blank line, unless the reasons were pushed past it ({@code FOR REASONS}, blank, {@code 1.4 (b)}). */
    private static int classifiedByLength(String value) {
        Matcher blank = BLANK_LINE.matcher(value);
        if (!blank.find()) {
            return value.length();
        }
        int first = blank.start();
        int second = blank.end();
        if (REASON_NUMBER.matcher(value.substring(0, first)).find() || !REASON_NUMBER.matcher(value).region(second,
                value.length()).lookingAt()) {
            return first;
        }
        return blank.find() ? blank.start() : value.length();
    }

    /** Up to a blank line, continuing across blank lines while REF entries ({@code B. STATE 123}) follow. */
    private static int referencesLength(String value) {
        Matcher blank = BLANK_LINE.matcher(value);
        int kept = value.length();
        if (blank.find()) {
            kept = blank.start();
            int blockStart = blank.end();
            while (true) {
                boolean more = blank.find();
                int blockEnd = more ? blank.start() : value.length();
                if (!REF_ENTRY_START.matcher(value.substring(blockStart, blockEnd)).find()) {
                    break;
                }
                kept = blockEnd;
                if (!more) {
                    break;
                }
                blockStart = blank.end();
            }
        }
        return kept;
    }

    private static String stripLeadingPunctuation(String value) {
        int i = 0;
        while (i < value.length() && (value.charAt(i) == ':' || value.charAt(i) == '.'
                || Character.isWhitespace(value.charAt(i)))) {
            i++;
        }
        return value.substring(i).strip();
    }
}
