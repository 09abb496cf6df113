package io.cablestream.enrich.entity;

/**
 * A word or punctuation mark of a paragraph, with its character offsets in the paragraph's text. Words keep
 * their inner hyphens, dots of abbreviations and apostrophes ({@code Chatterton-Dixon}, {@code U.S.},
 * {@code Yar’Adua}); a possessive {@code ’s} is a token of its own.
 *
 * @param text the token as written
 * @param start offset of its first character
 * @param end offset after its last character
 * @param sentenceStart whether it opens a sentence (or a heading or list item)
 */
public record Token(String text, int start, int end, boolean sentenceStart) {

    /** Whether the token contains a letter. */
    public boolean isWord() {
        return text.chars().anyMatch(Character::isLetter);
    }

    /** First letter upper case and at least one lower-case letter, e.g. {@code Lavrov}, {@code McCain}. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && text.chars().anyMatch(Character::isLowerCase);
    }

    /** At least two letters, all upper case, e.g. {@code GOR}, {@code U.S.}. */
    public boolean isAllCaps() {
        long letters = text.chars().filter(Character::isLetter).count();
        return letters >= 2 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A single capital letter with a dot, or several ({@code A.}, {@code J.J.}). */
    public boolean isInitials() {
        return text.matches("(\\p{Lu}\\.)+");
    }

    /** A lower-case prefix such as {@code al-} before a capitalized part: {@code al-Rubaie}. */
    public boolean isPrefixedName() {
        return text.matches("(al|el|bin|ibn|ul|ud|ad|as|ash|ar|an|at|az)-\\p{Lu}.*");
    }
}
