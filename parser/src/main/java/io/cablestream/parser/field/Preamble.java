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
 * @param endLine index of the first line after the preamble (where the paragraphs begin)
 */
public record Preamble(Map<Label, String> fields, Map<Label, String> labels, int endLine) {

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
        for (int k = 0; k < found.size(); k++) {
            int valueEnd = k + 1 < spans.size() ? spans.get(k + 1)[0] : text.length();
            String value = text.substring(spans.get(k)[1], valueEnd);
            value = switch (found.get(k)) {
                case REFERENCES -> cutReferences(value);
                case CLASSIFIED_BY -> cutClassifiedBy(value);
                default -> cutAtBlankLine(value);
            };
            value = stripLeadingPunctuation(value);
            if (!fields.containsKey(found.get(k)) && !value.isBlank()) {
                fields.put(found.get(k), value);
                labels.put(found.get(k), written.get(k));
            } else if (!labels.containsKey(found.get(k))) {
                labels.put(found.get(k), written.get(k));
            }
        }
        return new Preamble(fields, labels, end);
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

    private static String cutAtBlankLine(String value) {
        Matcher blank = BLANK_LINE.matcher(value);
        return blank.find() ? value.substring(0, blank.start()) : value;
    }

    /** Cut at a blank line, unless the reasons were pushed past it ({@code FOR REASONS}, blank, {@code 1.4 (b)}). */
    private static String cutClassifiedBy(String value) {
        String[] blocks = BLANK_LINE.split(value, 3);
        if (blocks.length > 1 && !REASON_NUMBER.matcher(blocks[0]).find() && REASON_NUMBER.matcher(blocks[1]).lookingAt()) {
            return blocks[0] + "\n" + blocks[1];
        }
        return blocks[0];
    }

    private static String cutReferences(String value) {
        String[] blocks = BLANK_LINE.split(value, -1);
        StringBuilder kept = new StringBuilder(blocks[0]);
        for (int i = 1; i < blocks.length && REF_ENTRY_START.matcher(blocks[i]).find(); i++) {
            kept.append('\n').append(blocks[i]);
        }
        return kept.toString();
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
