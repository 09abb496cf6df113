package io.cablestream.parser.field;

import io.cablestream.parser.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The signature at the end of a telegram: a last line holding one to four words in capitals
 * ({@code RUSSELL}) or one to three capitalised words ({@code Stapleton}), or such a name closing
 * the last sentence ({@code … on track. EIKENBERRY}), in which case the sentence keeps its text without
 * the name. Transmission trailers after it ({@code NNNN}, {@code >}, archive footers) are skipped.
 */
public final class SignersExtractor {

    /**
     * The signers and where the signature starts.
     *
     * @param names the signature names, empty when none
     * @param line index of the line the signature starts on, or the text's line count when there is none
     * @param column where on that line it starts: 0 for a line of its own, after the sentence it closes otherwise
     */
    public record Signature(List<String> names, int line, int column) {

        /** The lines of {@code lines} before the signature, the last one cut where a signature closing it starts. */
        public List<String> textBefore(List<String> lines) {
            if (column == 0) {
                return lines.subList(0, Math.min(line, lines.size()));
            }
            List<String> text = new ArrayList<>(lines.subList(0, line));
            text.add(lines.get(line).substring(0, column).stripTrailing());
            return text;
        }
    }

    private static final int MAX_WORDS = 4;
    private static final int MAX_CAPITALISED_WORDS = 3;
    private static final int LONGEST_SIGNATURE = 40;
    private static final Pattern TRAILER = Pattern.compile("^(?:NNNN|BT|#|>|[-=*_. ]+|\\d{4}[A-Z]+\\d+ - [A-Z /]+)$");
    private static final Set<String> NOT_NAMES = Set.of("END", "SUMMARY", "COMMENT", "TEXT", "QUOTE", "UNQUOTE",
            "BT", "NNNN", "SIPDIS", "NOFORN", "SENSITIVE", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "NODIS", "EXDIS",
            "LIMDIS", "CLASSIFIED", "AND", "THE", "OF", "FOR", "TO", "IN", "NOTE", "CORRECTED", "COPY", "THANKS",
            "REGARDS", "MINIMIZE", "CONSIDERED", "DECLASSIFIED");

    private SignersExtractor() {
    }

    /** The signature of the cleaned text {@code lines}, looked for after line {@code from}. */
    public static Signature extract(List<String> lines, int from) {
        int last = lines.size() - 1;
        while (last >= from && (lines.get(last).isBlank() || TRAILER.matcher(lines.get(last).strip()).matches())) {
            last--;
        }
        if (last < from) {
            return none(lines);
        }
        String line = withoutTrailingDot(lines.get(last).strip());
        if (isName(line, true)) {
            return new Signature(List.of(line), last, 0);
        }
        int sentenceEnd = Math.max(line.lastIndexOf(". "), Math.max(line.lastIndexOf(".) "), line.lastIndexOf(".\" ")));
        if (sentenceEnd > 0) {
            String tail = line.substring(line.indexOf(' ', sentenceEnd) + 1).strip();
            if (!tail.contains(" ") && isName(tail, hasLowerCase(line.substring(0, sentenceEnd)))) {
                return new Signature(List.of(tail), last, lines.get(last).lastIndexOf(tail));
            }
        }
        return none(lines);
    }

    private static Signature none(List<String> lines) {
        return new Signature(List.of(), lines.size(), 0);
    }

    private static boolean isName(String text, boolean capitalisedAllowed) {
        if (text.isEmpty() || text.length() > LONGEST_SIGNATURE || text.endsWith(".") || text.endsWith(":")) {
            return false;
        }
        String[] words = Words.of(text);
        boolean capitals = true;
        boolean capitalised = true;
        for (String word : words) {
            if (NOT_NAMES.contains(word.toUpperCase(Locale.ROOT).replace(".", "")) || !isNameWord(word)) {
                return false;
            }
            capitals &= word.equals(word.toUpperCase(Locale.ROOT));
            capitalised &= Character.isUpperCase(word.charAt(0));
        }
        return capitals ? words.length <= MAX_WORDS
                : capitalisedAllowed && capitalised && words.length <= MAX_CAPITALISED_WORDS;
    }

    private static boolean isNameWord(String word) {
        if (word.chars().allMatch(c -> c == 'X' || c == 'x')) {
            return false;
        }
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
            } else if (c != '.' && c != '-' && c != '\'' && c != '/') {
                return false;
            }
        }
        return letters;
    }

    private static String withoutTrailingDot(String line) {
        return line.endsWith(" .") ? line.substring(0, line.length() - 2).strip() : line;
    }

    private static boolean hasLowerCase(String text) {
        return text.chars().anyMatch(Character::isLowerCase);
    }
}
