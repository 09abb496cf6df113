package io.cablestream.enrich.acronym;

import io.cablestream.enrich.dictionary.Acronym;
import io.cablestream.enrich.dictionary.AcronymDictionary;
import io.cablestream.enrich.entity.Token;
import io.cablestream.enrich.entity.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lists the acronyms of a cable's paragraphs with their expansions: those the cable defines itself, a
 * capitalized phrase whose initials spell the acronym followed by it in parentheses ("Working Group (WG)"),
 * then those of the {@link AcronymDictionary}; other upper-case words in mixed-case text are kept as unknown.
 * Lines written entirely in capitals (headings, all-caps cables) only yield acronyms the cable or the
 * dictionary can expand.
 */
public final class AcronymFinder {

    private static final Pattern ACRONYM = Pattern.compile("(?=.*\\p{Lu}.*\\p{Lu})[\\p{Lu}][\\p{L}\\d/&-]{1,11}");
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "on", "in", "to", "de", "&");
    private static final int MAX_LONG_FORM = 10;

    private final AcronymDictionary dictionary;

    public AcronymFinder(AcronymDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<AcronymUse> find(List<String> paragraphs) {
        Map<String, String> defined = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Boolean> inMixedCase = new LinkedHashMap<>();
        for (String text : paragraphs) {
            List<Token> tokens = Tokenizer.tokenize(text);
            for (int i = 0; i < tokens.size(); i++) {
                String word = tokens.get(i).text();
                if (!isAcronym(word)) {
                    continue;
                }
                counts.merge(word, 1, Integer::sum);
                inMixedCase.merge(word, !onCapitalLine(text, tokens.get(i)), Boolean::logicalOr);
                if (i >= 1 && i + 1 < tokens.size() && tokens.get(i - 1).text().equals("(")
                        && tokens.get(i + 1).text().equals(")")) {
                    longForm(tokens, i - 1, word).ifPresent(longForm -> defined.putIfAbsent(word, longForm));
                }
            }
        }
        List<AcronymUse> uses = new ArrayList<>();
        counts.forEach((word, count) -> {
            String cable = defined.get(word);
            Acronym known = dictionary.find(word).orElse(null);
            if (cable != null) {
                uses.add(new AcronymUse(word, cable, known == null ? null : known.kind(), true, "cable", count));
            } else if (known != null) {
                uses.add(new AcronymUse(word, known.expansion(), known.kind(), true, "dictionary", count));
            } else if (inMixedCase.get(word)) {
                uses.add(new AcronymUse(word, null, null, false, null, count));
            }
        });
        return uses;
    }

    private static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches() && !word.startsWith("XXX") && word.chars().anyMatch(Character::isLetter)
                && word.chars().filter(Character::isUpperCase).count() * 2 > word.chars().filter(Character::isLetter).count();
    }

    /** The words before {@code open} whose initials spell {@code acronym}, e.g. "Working Group" for WG. */
    private static java.util.Optional<String> longForm(List<Token> tokens, int open, String acronym) {
        String letters = acronym.replaceAll("[^\\p{Lu}]", "");
        int matched = letters.length();
        int start = open;
        for (int i = open - 1; i >= 0 && open - i <= MAX_LONG_FORM && matched > 0; i--) {
            String word = tokens.get(i).text();
            if (MINOR_WORDS.contains(word)) {
                continue;
            }
            if (word.isEmpty() || Character.toUpperCase(word.charAt(0)) != letters.charAt(matched - 1)) {
                break;
            }
            matched--;
            start = i;
        }
        if (matched > 0 || start == open) {
            return java.util.Optional.empty();
        }
        var longForm = new StringBuilder();
        for (int i = start; i < open; i++) {
            longForm.append(i > start ? " " : "").append(tokens.get(i).text());
        }
        return java.util.Optional.of(longForm.toString());
    }

    private static boolean onCapitalLine(String text, Token token) {
        int lineStart = text.lastIndexOf('\n', token.start()) + 1;
        int lineEnd = text.indexOf('\n', token.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return line.chars().noneMatch(Character::isLowerCase);
    }
}
