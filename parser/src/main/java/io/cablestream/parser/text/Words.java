package io.cablestream.parser.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into whitespace-separated words without a regular expression, and classifies words. */
public final class Words {

    private Words() {
    }

    /** The words of {@code text}, in order; empty for blank text. */
    public static String[] of(String text) {
        List<String> words = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words.toArray(String[]::new);
    }

    /** True for a character that continues a word in the sense of the regular expression {@code \\b}. */
    public static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** True when {@code word} is one or more ASCII digits. */
    public static boolean isDigits(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
