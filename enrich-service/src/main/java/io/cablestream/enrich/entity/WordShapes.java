package io.cablestream.enrich.entity;

/** The shapes of words entity recognition tells apart, tested character by character. */
public final class WordShapes {

    private static final java.util.Set<String> NAME_PREFIXES = java.util.Set.of("al", "el", "bin", "ibn", "ul", "ud", "ad",
            "as", "ash", "ar", "an", "at", "az");

    private WordShapes() {
    }

    /** One or more capital initials with dots: {@code A.}, {@code J.J.}. */
    public static boolean isInitials(String word) {
        if (word.isEmpty() || word.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i += 2) {
            if (!Character.isUpperCase(word.charAt(i)) || word.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Single letters separated by dots, before the final dot: {@code U.S}, {@code e.g}. */
    public static boolean isInitialism(String word) {
        if (word.length() % 2 != 1) {
            return false;
        }
        for (int i = 0; i < word.length(); i += 2) {
            if (!Character.isLetter(word.charAt(i)) || (i + 1 < word.length() && word.charAt(i + 1) != '.')) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case prefix before a capitalized name: {@code al-Rubaie}. */
    public static boolean isPrefixedName(String word) {
        int hyphen = word.length() > 3 && word.charAt(2) == '-' ? 2 : word.length() > 4 && word.charAt(3) == '-' ? 3 : -1;
        return hyphen > 0 && word.length() > hyphen + 1 && Character.isLowerCase(word.charAt(0))
                && Character.isUpperCase(word.charAt(hyphen + 1)) && NAME_PREFIXES.contains(word.substring(0, hyphen));
    }

    /** Upper-case letters joined by slashes, at least two of them in a part: {@code ISN/MTR}, {@code S/CT}. */
    public static boolean isAcronymPair(String word) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '/') {
                if (run == 0) {
                    return false;
                }
                run = 0;
            } else if (Character.isUpperCase(c)) {
                longest = Math.max(longest, ++run);
            } else {
                return false;
            }
        }
        return run > 0 && longest >= 2 && word.indexOf('/') > 0;
    }

    /** The text with every run of whitespace, line breaks included, as one space. */
    public static String oneLine(String text) {
        String stripped = text.strip();
        if (isOneLine(stripped)) {
            return stripped;
        }
        var out = new StringBuilder(stripped.length());
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                out.append(space ? " " : "").append(c);
                space = false;
            }
        }
        return out.append(space ? " " : "").toString();
    }

    private static boolean isOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
                return false;
            }
        }
        return true;
    }

    /** What {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
