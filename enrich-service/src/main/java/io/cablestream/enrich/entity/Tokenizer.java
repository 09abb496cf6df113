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

    /** One shared string per ASCII punctuation mark, so that punctuation tokens allocate nothing. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    /** Which ASCII characters are letters or digits. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < ASCII_WORD.length; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 4 + 1);
        int n = text.length();
        int i = 0;
        boolean opens = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                opens |= c == '\n' && i + 1 < n && nextLineIsBlank(text, i + 1);
                i++;
                continue;
            }
            int end;
            if (Character.isLetterOrDigit(c)) {
                end = wordEnd(text, i);
                tokens.add(new Token(text.substring(i, end), i, end, opens));
                if (isPossessive(text, end)) {
                    tokens.add(new Token(text.substring(end, end + 2), end, end + 2, false));
                    end += 2;
                }
                String word = tokens.get(tokens.size() - 1).text();
                opens = word.length() > 1 && word.charAt(word.length() - 1) == '.' && !isAbbreviation(word, word.length() - 1)
                        && !WordShapes.isInitials(word);
            } else {
                end = i + 1;
                while (end < n && text.charAt(end) == c && (c == '-' || c == '/' || c == '.')) {
                    end++;
                }
                String mark = end - i == 1 && c < ASCII.length ? ASCII[c] : text.substring(i, end);
                tokens.add(new Token(mark, i, end, opens));
                if (!isQuoteOrBracket(c)) {
                    opens = end - i == 1 ? ".!?:;-*•".indexOf(c) >= 0 : c == '-' || c == '/';
                }
            }
            i = end;
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    private static boolean nextLineIsBlank(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        int segmentStart = start;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
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
        for (int i = end - 1; i >= start; i--) {
            if (text.charAt(i) == '-') {
                return i + 1;
            }
        }
        return start;
    }

    private static boolean keepsDot(String word) {
        return WordShapes.isInitialism(word) || isAbbreviation(word, word.length());
    }

    /** Whether the first {@code length} characters of {@code word} are an abbreviation written with a dot. */
    private static boolean isAbbreviation(String word, int length) {
        return length <= 6 && ABBREVIATIONS.contains(word.substring(0, length).toLowerCase(Locale.ROOT));
    }

    private static boolean isPossessive(String text, int at) {
        return at + 1 < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '’')
                && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S')
                && (at + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 2)));
    }

    private static boolean isQuoteOrBracket(char c) {
        return c == '"' || c == '“' || c == '”' || c == '\'' || c == '(' || c == ')' || c == '‘' || c == '’';
    }
}
