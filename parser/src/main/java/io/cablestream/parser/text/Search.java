package io.cablestream.parser.text;

import java.util.regex.Matcher;

/**
 * Fast ASCII case-insensitive substring search, for scanning large texts without lower-casing copies;
 * also finds where a pattern matches by trying it only where its opening word stands.
 */
public final class Search {

    private static final int FIRST_WINDOW = 256;
    private static final int MAX_WINDOW = 1 << 28;

    private Search() {
    }

    /** Index of {@code needle} (ASCII letters in any case match) in {@code text} from {@code from}, or -1. */
    public static int indexOfIgnoreCase(String text, String needle, int from) {
        return indexOfIgnoreCase(text, needle, from, text.length());
    }

    /**
     * Index of {@code needle} (ASCII letters in any case match) lying in {@code text} between
     * {@code from} and {@code to}, or -1. Looks ahead in windows that double in size, so a search
     * costs time in proportion to how far it had to look, and a series of searches through a text
     * stays linear.
     */
    public static int indexOfIgnoreCase(String text, String needle, int from, int to) {
        int length = needle.length();
        int end = Math.min(to, text.length());
        if (length == 0) {
            return Math.max(0, Math.min(from, end));
        }
        int last = end - length;
        int start = Math.max(0, from);
        int window = FIRST_WINDOW;
        while (start <= last) {
            int limit = (int) Math.min(last + 1L, (long) start + window);
            int found = startingIn(text, needle, start, limit);
            if (found >= 0) {
                return found;
            }
            start = limit;
            window = Math.min(2 * window, MAX_WINDOW);
        }
        return -1;
    }

    /** Index of {@code needle} (which the text holds whole) starting in {@code [start, limit)}, or -1. */
    private static int startingIn(String text, String needle, int start, int limit) {
        char lower = Character.toLowerCase(needle.charAt(0));
        char upper = Character.toUpperCase(needle.charAt(0));
        int nextLower = text.indexOf(lower, start, limit);
        int nextUpper = lower == upper ? -1 : text.indexOf(upper, start, limit);
        while (nextLower >= 0 || nextUpper >= 0) {
            boolean lowerFirst = nextUpper < 0 || (nextLower >= 0 && nextLower < nextUpper);
            int i = lowerFirst ? nextLower : nextUpper;
            if (needle.length() == 1 || (sameLetter(text.charAt(i + 1), needle.charAt(1))
                    && text.regionMatches(true, i + 1, needle, 1, needle.length() - 1))) {
                return i;
            }
            if (lowerFirst) {
                nextLower = text.indexOf(lower, i + 1, limit);
            } else {
                nextUpper = text.indexOf(upper, i + 1, limit);
            }
        }
        return -1;
    }

    /**
     * Finds the first match of {@code matcher}'s pattern that starts where {@code word} stands in
     * {@code text} (any case), trying the pattern there only; the matcher holds the match when true.
     * Patterns may look behind their start.
     */
    public static boolean lookingAtWord(Matcher matcher, String text, String word) {
        matcher.useTransparentBounds(true);
        for (int at = indexOfIgnoreCase(text, word, 0); at >= 0; at = indexOfIgnoreCase(text, word, at + 1)) {
            if (matcher.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLetter(char a, char b) {
        return a == b || Character.toUpperCase(a) == Character.toUpperCase(b);
    }
}
