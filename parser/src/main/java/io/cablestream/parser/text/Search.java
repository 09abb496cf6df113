package io.cablestream.parser.text;

/** Fast ASCII case-insensitive substring search, for scanning large texts without lower-casing copies. */
public final class Search {

    private Search() {
    }

    /** Index of {@code needle} (ASCII letters in any case match) in {@code text} from {@code from}, or -1. */
    public static int indexOfIgnoreCase(String text, String needle, int from) {
        int length = needle.length();
        if (length == 0) {
            return Math.max(0, Math.min(from, text.length()));
        }
        char lower = Character.toLowerCase(needle.charAt(0));
        char upper = Character.toUpperCase(needle.charAt(0));
        int last = text.length() - length;
        if (lower == upper) {
            for (int i = text.indexOf(lower, Math.max(0, from)); i >= 0 && i <= last; i = text.indexOf(lower, i + 1)) {
                if (text.regionMatches(true, i + 1, needle, 1, length - 1)) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = Math.max(0, from); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i + 1, needle, 1, length - 1)) {
                return i;
            }
        }
        return -1;
    }
}
