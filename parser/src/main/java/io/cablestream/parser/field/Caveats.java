package io.cablestream.parser.field;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Handling caveats and dissemination controls ({@code NOFORN}, {@code SIPDIS}, {@code SENSITIVE},
 * {@code FOUO}, {@code LIMDIS}, {@code EXDIS}, {@code NODIS} …) in their canonical spelling.
 */
public final class Caveats {

    /** Phrase as written (upper case, single spaces) → canonical caveat; longer phrases first. */
    private static final List<Map.Entry<String, String>> PHRASES = List.of(
            Map.entry("NOT FOR INTERNET DISTRIBUTION", "NOT FOR INTERNET DISTRIBUTION"),
            Map.entry("SENSITIVE BUT UNCLASSIFIED", "SENSITIVE"),
            Map.entry("FOR OFFICIAL USE ONLY", "FOUO"),
            Map.entry("E F T O", "EFTO"),
            Map.entry("NOFORN", "NOFORN"), Map.entry("NOFOR", "NOFORN"), Map.entry("NF", "NOFORN"),
            Map.entry("SIPDIS", "SIPDIS"), Map.entry("SENSITIVE", "SENSITIVE"), Map.entry("SBU", "SENSITIVE"),
            Map.entry("FOUO", "FOUO"), Map.entry("LIMDIS", "LIMDIS"), Map.entry("EXDIS", "EXDIS"),
            Map.entry("NODIS", "NODIS"), Map.entry("STADIS", "STADIS"), Map.entry("ORCON", "ORCON"),
            Map.entry("PROPIN", "PROPIN"), Map.entry("EFTO", "EFTO"), Map.entry("NOCONTRACT", "NOCONTRACT"));

    private static final int LONGEST_LINE = 120;
    private static final Set<String> FIRST_WORDS = firstWords();
    private static final String INITIALS = initials();

    private Caveats() {
    }

    private static Set<String> firstWords() {
        Set<String> words = new HashSet<>();
        PHRASES.forEach(phrase -> words.add(phrase.getKey().split(" ")[0]));
        return Set.copyOf(words);
    }

    /**
     * The caveats a line consists of, e.g. {@code NOFORN, NOT FOR INTERNET DISTRIBUTION}; empty when
     * the line holds anything else.
     */
    public static Optional<List<String>> ofLine(String line) {
        if (line.length() > LONGEST_LINE || !startsLikeACaveat(line)) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        for (int i = skipSeparators(line, 0); i < line.length(); ) {
            int end = -1;
            for (Map.Entry<String, String> phrase : PHRASES) {
                end = phraseEnd(line, i, phrase.getKey());
                if (end >= 0) {
                    addOnce(found, phrase.getValue());
                    break;
                }
            }
            if (end < 0) {
                return Optional.empty();
            }
            i = skipSeparators(line, end);
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    /**
     * Index after {@code phrase} written at {@code i} in any case, its words parted by any separators,
     * when a separator or the line's end follows it; else -1.
     */
    private static int phraseEnd(String line, int i, String phrase) {
        int j = i;
        for (int k = 0; k < phrase.length(); k++) {
            if (phrase.charAt(k) == ' ') {
                int next = skipSeparators(line, j);
                if (next == j) {
                    return -1;
                }
                j = next;
            } else if (j < line.length() && Character.toUpperCase(line.charAt(j)) == phrase.charAt(k)) {
                j++;
            } else {
                return -1;
            }
        }
        return j == line.length() || isSeparator(line.charAt(j)) ? j : -1;
    }

    private static int skipSeparators(String line, int from) {
        int i = from;
        while (i < line.length() && isSeparator(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whitespace, or the commas and semicolons that part caveats on one line. */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';';
    }

    /** The caveat a single upper-case word stands for, e.g. {@code NOFORN}. */
    public static Optional<String> ofWord(String word) {
        return ofLine(word).filter(list -> list.size() == 1).map(list -> list.get(0));
    }

    /** Quick test: the first word is one that some caveat phrase starts with. */
    private static boolean startsLikeACaveat(String line) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (start == line.length() || INITIALS.indexOf(Character.toUpperCase(line.charAt(start))) < 0) {
            return false;
        }
        int end = start;
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
            end++;
        }
        for (String word : FIRST_WORDS) {
            if (word.length() == end - start && line.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static String initials() {
        StringBuilder initials = new StringBuilder();
        FIRST_WORDS.forEach(word -> initials.append(word.charAt(0)));
        return initials.toString();
    }

    static void addOnce(List<String> caveats, String caveat) {
        if (!caveats.contains(caveat)) {
            caveats.add(caveat);
        }
    }
}
