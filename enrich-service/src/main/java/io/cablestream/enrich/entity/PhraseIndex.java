package io.cablestream.enrich.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A case-sensitive dictionary of phrases matched token by token: finds the longest phrase that starts at a
 * given token. Phrases are tokenized like the text, so {@code al-Qaeda} and {@code U.S.} match as written.
 *
 * @param <V> what each phrase stands for
 */
public final class PhraseIndex<V> {

    /** A phrase found in the text: it covers {@code length} tokens and stands for {@code value}. */
    public record Match<V>(int length, V value) {
    }

    private record Phrase<V>(List<String> tokens, V value) {
    }

    private final Map<String, List<Phrase<V>>> byFirstToken = new HashMap<>();

    /** Adds {@code phrase}; an earlier value for the same phrase is kept. */
    public void add(String phrase, V value) {
        List<String> tokens = Tokenizer.tokenize(phrase).stream().map(Token::text).toList();
        if (tokens.isEmpty()) {
            return;
        }
        var phrases = byFirstToken.computeIfAbsent(tokens.getFirst(), first -> new ArrayList<>());
        if (phrases.stream().noneMatch(p -> p.tokens().equals(tokens))) {
            phrases.add(new Phrase<>(tokens, value));
            phrases.sort(Comparator.comparingInt((Phrase<V> p) -> p.tokens().size()).reversed());
        }
    }

    /** The longest phrase starting at {@code tokens[from]}, or {@code null}. */
    public Match<V> longestAt(List<Token> tokens, int from) {
        var phrases = byFirstToken.get(tokens.get(from).text());
        if (phrases == null) {
            return null;
        }
        for (Phrase<V> phrase : phrases) {
            if (matches(phrase.tokens(), tokens, from)) {
                return new Match<>(phrase.tokens().size(), phrase.value());
            }
        }
        return null;
    }

    /** Whether {@code word} is a phrase of the index on its own (a single-token phrase). */
    public boolean containsWord(String word) {
        var phrases = byFirstToken.get(word);
        return phrases != null && phrases.stream().anyMatch(phrase -> phrase.tokens().size() == 1);
    }

    /** The words phrases of the index start with. */
    public java.util.Set<String> firstWords() {
        return java.util.Set.copyOf(byFirstToken.keySet());
    }

    private static boolean matches(List<String> phrase, List<Token> tokens, int from) {
        if (from + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!phrase.get(k).equals(tokens.get(from + k).text())) {
                return false;
            }
        }
        return true;
    }
}
