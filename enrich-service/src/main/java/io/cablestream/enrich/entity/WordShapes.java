package io.cablestream.enrich.entity;

import java.util.regex.Pattern;

/** The shapes of words entity recognition tells apart, with their patterns compiled once. */
public final class WordShapes {

    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");
    private static final Pattern INITIALISM = Pattern.compile("(\\p{L}\\.)*\\p{L}");
    private static final Pattern PREFIXED_NAME = Pattern.compile("(al|el|bin|ibn|ul|ud|ad|as|ash|ar|an|at|az)-\\p{Lu}.*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private WordShapes() {
    }

    /** One or more capital initials with dots: {@code A.}, {@code J.J.}. */
    public static boolean isInitials(String word) {
        return INITIALS.matcher(word).matches();
    }

    /** Single letters separated by dots, before the final dot: {@code U.S}, {@code e.g}. */
    public static boolean isInitialism(String word) {
        return INITIALISM.matcher(word).matches();
    }

    /** A lower-case prefix before a capitalized name: {@code al-Rubaie}. */
    public static boolean isPrefixedName(String word) {
        int hyphen = word.length() > 3 && word.charAt(2) == '-' ? 2 : word.length() > 4 && word.charAt(3) == '-' ? 3 : -1;
        return hyphen > 0 && word.length() > hyphen + 1 && Character.isLowerCase(word.charAt(0))
                && Character.isUpperCase(word.charAt(hyphen + 1)) && PREFIXED_NAME.matcher(word).matches();
    }

    /** The text with every run of whitespace, line breaks included, as one space. */
    public static String oneLine(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }
}
