package io.cablestream.enrich.entity;

import java.util.List;

/**
 * Decides which tokens can make up a person's name and how far a name written at a position runs:
 * capitalized words that are not titles, fields of titles, organization words, nationality adjectives or words
 * that never name anyone; initials; {@code al-} prefixed names; and lower-case particles inside a name ({@code van der}).
 */
public final class NameWords {

    /** The longest name this recognizer accepts, in tokens. */
    public static final int MAX_NAME_TOKENS = 6;

    private final EntityLexicon lexicon;

    public NameWords(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the token can be a (non-particle) word of a name. */
    public boolean isNameWord(Token token) {
        String word = token.text();
        return (token.isCapitalized() || token.isPrefixedName()) && !lexicon.isNotName(word)
                && lexicon.title(word) == null && !lexicon.isTitleDomain(word) && lexicon.organizationWord(word) == null
                && lexicon.demonym(word) == null && !word.endsWith(".");
    }

    /**
     * Where the name starting at {@code from} ends (exclusive), or {@code from} when no name starts there. A name
     * is initials, name words and particles, and ends with a name word.
     */
    public int nameEnd(List<Token> tokens, int from) {
        int end = from;
        int lastWord = -1;
        for (int i = from; i < tokens.size() && i - from < MAX_NAME_TOKENS; i++) {
            Token token = tokens.get(i);
            if (i > from && token.start() > tokens.get(i - 1).end() + 1 && hasBreak(tokens, i)) {
                break;
            }
            if (isNameWord(token)) {
                lastWord = i;
            } else if (!(token.isInitials() || (lexicon.isParticle(token.text()) && i + 1 < tokens.size()
                    && (i > from || isNameWord(tokens.get(i + 1)) || lexicon.isParticle(tokens.get(i + 1).text()))))) {
                break;
            }
            end = i + 1;
        }
        return lastWord < 0 ? from : lastWord + 1;
    }

    private static boolean hasBreak(List<Token> tokens, int i) {
        return tokens.get(i).sentenceStart();
    }
}
