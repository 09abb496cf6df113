package io.cablestream.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph's text into {@link Token}s and marks where sentences start. Inner hyphens, apostrophes,
 * slashes and the dots of initials and known abbreviations stay inside a word; possessive {@code 's} is split
 * off so that {@code Lavrov's} yields {@code Lavrov}.
 */
public final class Tokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "col", "gen", "lt", "maj",
            "capt", "adm", "sgt", "sen", "rep", "gov", "amb", "prof", "st", "jr", "sr", "mme", "inc", "ltd", "co",
            "no", "ft", "mt", "messrs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ":", ";", "--", "-", "*", "•", "//");

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                if (isPossessive(text, end)) {
                    spans.add(new int[] {i, end});
                    spans.add(new int[] {end, end + 2});
                    i = end + 2;
                } else {
                    spans.add(new int[] {i, end});
                    i = end;
                }
            } else {
                int end = i + 1;
                while (end < n && text.charAt(end) == c && (c == '-' || c == '/' || c == '.')) {
                    end++;
                }
                spans.add(new int[] {i, end});
                i = end;
            }
        }
        List<Token> tokens = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            tokens.add(new Token(text.substring(span[0], span[1]), span[0], span[1], opensSentence(text, spans, k)));
        }
        return tokens;
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        int segmentStart = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            boolean nextIsWord = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
            if ((c == '-' || c == '/' || c == '&') && nextIsWord) {
                i++;
                segmentStart = i;
            } else if ((c == '\'' || c == '’') && nextIsWord && !isPossessive(text, i)) {
                i++;
            } else if (c == '.' && isDomainSuffix(text, i + 1)) {
                i++;
                segmentStart = i;
            } else if (c == '.' && nextIsWord && i - segmentStart == 1) {
                i++;
                segmentStart = i;
            } else if (c == '.' && keepsDot(text.substring(segmentStartOfChain(text, start, i), i))) {
                i++;
                if (!(i < n && text.charAt(i) == '-' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    return i;
                }
            } else if (c == '(' && text.indexOf(")-", i) > i && text.indexOf(")-", i) - i <= 6
                    && text.substring(i + 1, text.indexOf(")-", i)).chars().allMatch(Character::isLetter)) {
                i = text.indexOf(")-", i) + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    /** Whether a lower-case internet domain label starts at {@code at}, as in {@code google.cn}. */
    private static boolean isDomainSuffix(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
            end++;
        }
        return end - at >= 2 && end - at <= 4 && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                && (end == text.length() || text.charAt(end) != '\'' );
    }

    /** Where the last hyphen-separated part of the word {@code [start, end)} starts. */
    private static int segmentStartOfChain(String text, int start, int end) {
        int hyphen = text.lastIndexOf('-', end - 1);
        return hyphen >= start ? hyphen + 1 : start;
    }

    private static boolean keepsDot(String word) {
        return word.matches("(\\p{L}\\.)*\\p{L}") || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isPossessive(String text, int at) {
        return at + 1 < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '’')
                && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S')
                && (at + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 2)));
    }

    private static boolean opensSentence(String text, List<int[]> spans, int k) {
        int j = k - 1;
        while (j >= 0 && isQuoteOrBracket(text.substring(spans.get(j)[0], spans.get(j)[1]))) {
            j--;
        }
        if (j < 0) {
            return true;
        }
        String previous = text.substring(spans.get(j)[0], spans.get(j)[1]);
        if (SENTENCE_ENDS.contains(previous) || text.substring(spans.get(j)[1], spans.get(k)[0]).contains("\n\n")) {
            return true;
        }
        return previous.endsWith(".") && previous.length() > 1 && !ABBREVIATIONS.contains(
                previous.substring(0, previous.length() - 1).toLowerCase(Locale.ROOT)) && !previous.matches("(\\p{Lu}\\.)+");
    }

    private static boolean isQuoteOrBracket(String token) {
        return token.equals("\"") || token.equals("“") || token.equals("”") || token.equals("'") || token.equals("(")
                || token.equals(")") || token.equals("‘") || token.equals("’");
    }
}
