package io.cablestream.enrich.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The capitalized words a cable writes somewhere inside a sentence, gathered from its paragraphs on the first
 * question only: most cables never ask (a sentence's first word followed by a reporting verb asks).
 */
public final class MidSentenceWords {

    private final List<ParagraphTokens> paragraphs;
    private Set<String> words;

    MidSentenceWords(List<ParagraphTokens> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** Whether {@code word} is written capitalized, not at a sentence start, in one of the paragraphs. */
    public boolean contains(String word) {
        if (words == null) {
            words = new HashSet<>();
            for (ParagraphTokens paragraph : paragraphs) {
                for (Token token : paragraph.tokens()) {
                    if (token.isCapitalized() && !token.sentenceStart()) {
                        words.add(token.text());
                    }
                }
            }
        }
        return words.contains(word);
    }
}
