package io.cablestream.enrich.entity;

import java.util.ArrayList;
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
    private final java.util.Set<String> singleWords = new java.util.HashSet<>();
    /** The first characters of the first tokens, to turn most tokens away without a lookup. */
    private final java.util.BitSet firstChars = new java.util.BitSet();

    /** Adds {@code phrase}; an earlier value for the same phrase is kept. */
    public void add(String phrase, V value) {
        List<String> tokens = Tokenizer.tokenize(phrase).stream().map(Token::text).toList();
        if (tokens.isEmpty()) {
            return;
        }
        var phrases = byFirstToken.computeIfAbsent(tokens.getFirst(), first -> new ArrayList<>(1));
        for (Phrase<V> known : phrases) {
            if (known.tokens().equals(tokens)) {
                return;
            }
        }
        int at = 0;
        while (at < phrases.size() && phrases.get(at).tokens().size() >= tokens.size()) {
            at++;
        }
        phrases.add(at, new Phrase<>(tokens, value));
        firstChars.set(tokens.getFirst().charAt(0));
        if (tokens.size() == 1) {
            singleWords.add(tokens.getFirst());
        }
    }

    /** The longest phrase starting at {@code tokens[from]}, or {@code null}. */
    public Match<V> longestAt(List<Token> tokens, int from) {
        String first = tokens.get(from).text();
        if (!firstChars.get(first.charAt(0))) {
            return null;
        }
        var phrases = byFirstToken.get(first);
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
        return singleWords.contains(word);
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
