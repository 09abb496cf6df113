package io.cablestream.enrich.entity;

/**
 * Decides which tokens can make up a person's name and how far a name written at a position runs:
 * capitalized words that are not titles, fields of titles, organization words, nationality adjectives or words
 * that never name anyone; initials; {@code al-} prefixed names; and lower-case particles inside a name
 * ({@code van der}).
 */
public final class NameWords {

    /** The longest name this recognizer accepts, in tokens. */
    public static final int MAX_NAME_TOKENS = 6;

    /** Months that are also given names: before a day number they are dates ("June 26"). */
    private static final java.util.Set<String> MONTHS = java.util.Set.of("April", "May", "June", "July", "August");

    private NameWords() {
    }

    /** Whether token {@code i} can be a (non-particle) word of a name. */
    public static boolean isNameWord(ParagraphTokens paragraph, int i) {
        Token token = paragraph.token(i);
        WordInfo info = paragraph.info(i);
        if (!(token.isCapitalized() || token.isPrefixedName()) || info.notName() || info.title() != null
                || info.titleDomain() || info.organizationWord() != null || info.demonym() != null
                || token.text().endsWith(".") || endsWithDemonym(paragraph, token)) {
            return false;
        }
        var place = paragraph.place(i);
        boolean country = place != null && place.length() == 1 && !place.value().kind().equals("city");
        boolean dateMonth = i + 1 < paragraph.size() && Character.isDigit(paragraph.word(i + 1).charAt(0))
                && MONTHS.contains(token.text());
        return !country && !dateMonth;
    }

    /** Whether the word is a compound of nationality adjectives such as {@code Franco-Colombian}. */
    private static boolean endsWithDemonym(ParagraphTokens paragraph, Token token) {
        int hyphen = token.text().lastIndexOf('-');
        return hyphen > 0 && paragraph.lexicon().word(token.text().substring(hyphen + 1)).demonym() != null;
    }

    /**
     * Where the name starting at {@code from} ends (exclusive), or {@code from} when no name starts there. A name
     * is initials, name words and particles, and ends with a name word; it does not run across a sentence start.
     */
    public static int nameEnd(ParagraphTokens paragraph, int from) {
        int lastWord = -1;
        for (int i = from; i < paragraph.size() && i - from < MAX_NAME_TOKENS; i++) {
            Token token = paragraph.token(i);
            if (i > from && token.sentenceStart()) {
                break;
            }
            if (isNameWord(paragraph, i)) {
                lastWord = i;
            } else if (!(token.isInitials() || (paragraph.info(i).particle() && i + 1 < paragraph.size()
                    && (i > from || isNameWord(paragraph, i + 1) || paragraph.info(i + 1).particle())))) {
                break;
            }
        }
        return lastWord < 0 ? from : lastWord + 1;
    }
}
