package io.cablestream.enrich.entity;

/**
 * A word or punctuation mark of a paragraph, with its character offsets in the paragraph's text. Words keep
 * their inner hyphens, dots of abbreviations and apostrophes ({@code Chatterton-Dixon}, {@code U.S.},
 * {@code Yar’Adua}); a possessive {@code ’s} is a token of its own. Its shape is worked out once, on creation.
 */
public final class Token {

    private final String text;
    private final int start;
    private final int end;
    private final boolean sentenceStart;
    private final boolean capitalized;
    private final boolean allCaps;
    private final boolean prefixedName;

    /**
     * @param text the token as written
     * @param start offset of its first character
     * @param end offset after its last character
     * @param sentenceStart whether it opens a sentence (or a heading or list item)
     */
    public Token(String text, int start, int end, boolean sentenceStart) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.sentenceStart = sentenceStart;
        int letters = 0;
        int upper = 0;
        boolean lower = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                boolean isUpper = c >= 'A' && c <= 'Z';
                boolean isLower = c >= 'a' && c <= 'z';
                letters += isUpper || isLower ? 1 : 0;
                upper += isUpper ? 1 : 0;
                lower |= isLower;
            } else if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
                lower |= Character.isLowerCase(c);
            }
        }
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        this.capitalized = lower && (first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first));
        this.allCaps = letters >= 2 && upper == letters;
        this.prefixedName = !capitalized && (first < 128 ? first >= 'a' && first <= 'z' : Character.isLowerCase(first))
                && WordShapes.isPrefixedName(text);
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public boolean sentenceStart() {
        return sentenceStart;
    }

    /** First letter upper case and at least one lower-case letter, e.g. {@code Lavrov}, {@code McCain}. */
    public boolean isCapitalized() {
        return capitalized;
    }

    /** At least two letters, all upper case, e.g. {@code GOR}, {@code U.S.}. */
    public boolean isAllCaps() {
        return allCaps;
    }

    /** A single capital letter with a dot, or several ({@code A.}, {@code J.J.}). */
    public boolean isInitials() {
        return text.length() >= 2 && text.charAt(text.length() - 1) == '.' && WordShapes.isInitials(text);
    }

    /** A lower-case prefix such as {@code al-} before a capitalized part: {@code al-Rubaie}. */
    public boolean isPrefixedName() {
        return prefixedName;
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
