package io.cablestream.enrich.entity;

import java.util.List;

/**
 * A numbered paragraph of a cable with its tokens.
 *
 * @param number the paragraph number, as in the parsed cable
 * @param text the paragraph text the token offsets refer to
 * @param tokens its tokens
 */
public record ParagraphTokens(int number, String text, List<Token> tokens) {

    public static ParagraphTokens of(int number, String text) {
        return new ParagraphTokens(number, text, Tokenizer.tokenize(text));
    }

    /** The text of tokens {@code [from, to)} as written, line breaks included. */
    public String text(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The tokens {@code [from, to)} joined by single spaces. */
    public String words(int from, int to) {
        var words = new StringBuilder();
        for (int i = from; i < to; i++) {
            words.append(i > from ? " " : "").append(tokens.get(i).text());
        }
        return words.toString();
    }

    public int size() {
        return tokens.size();
    }

    public String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }
}
