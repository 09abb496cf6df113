package io.cablestream.enrich.entity;

import java.util.List;

/**
 * A paragraph of a cable (by its 1-based position among the cable's paragraphs) with its tokens and, per token, what the lexicon knows about the word and
 * the longest known place, organization and public figure that starts there, each looked up once.
 */
public final class ParagraphTokens {

    private final EntityLexicon lexicon;
    private final int position;
    private final String text;
    private final List<Token> tokens;
    private final WordInfo[] words;
    private final PhraseIndex.Match<Place>[] places;
    private final PhraseIndex.Match<String>[] organizations;
    private final PhraseIndex.Match<String>[] figures;

    @SuppressWarnings("unchecked")
    public ParagraphTokens(int position, String text, List<Token> tokens, EntityLexicon lexicon) {
        this.lexicon = lexicon;
        this.position = position;
        this.text = text;
        this.tokens = tokens;
        this.words = new WordInfo[tokens.size()];
        this.places = new PhraseIndex.Match[tokens.size()];
        this.organizations = new PhraseIndex.Match[tokens.size()];
        this.figures = new PhraseIndex.Match[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            words[i] = lexicon.word(tokens.get(i).text());
            if (words[i].opensPhrase()) {
                places[i] = lexicon.places().longestAt(tokens, i);
                organizations[i] = lexicon.organizations().longestAt(tokens, i);
                figures[i] = lexicon.publicFigures().longestAt(tokens, i);
            }
        }
    }

    /** The lexicon the paragraph was read with. */
    public EntityLexicon lexicon() {
        return lexicon;
    }

    /** 1-based position of the paragraph in the cable's {@code paragraphs}, numbered or not. */
    public int position() {
        return position;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The token's text, or "" outside the paragraph. */
    public String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    /** What the lexicon knows about token {@code i}'s word. */
    public WordInfo info(int i) {
        return words[i];
    }

    /** The longest known place starting at token {@code i}, or {@code null}. */
    public PhraseIndex.Match<Place> place(int i) {
        return places[i];
    }

    /** The longest known organization starting at token {@code i}, or {@code null}. */
    public PhraseIndex.Match<String> organization(int i) {
        return organizations[i];
    }

    /** The longest known public figure's name starting at token {@code i}, or {@code null}. */
    public PhraseIndex.Match<String> figure(int i) {
        return figures[i];
    }

    /** The text of tokens {@code [from, to)} as written, line breaks included. */
    public String text(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The tokens {@code [from, to)} joined by single spaces. */
    public String words(int from, int to) {
        var joined = new StringBuilder();
        for (int i = from; i < to; i++) {
            joined.append(i > from ? " " : "").append(tokens.get(i).text());
        }
        return joined.toString();
    }
}
