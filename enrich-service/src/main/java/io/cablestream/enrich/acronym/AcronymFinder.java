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

    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "on", "in", "to", "de", "&");
    private static final int MAX_LENGTH = 12;
    private static final Pattern NOT_CAPITAL = Pattern.compile("[^\\p{Lu}]");
    private static final int MAX_LONG_FORM = 10;
    private static final int LOOK_BACK = 160;

    private final AcronymDictionary dictionary;

    public AcronymFinder(AcronymDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<AcronymUse> find(List<String> paragraphs) {
        Map<String, String> defined = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Boolean> inMixedCase = new LinkedHashMap<>();
        for (String text : paragraphs) {
            int lineEnd = -1;
            boolean capitalLine = false;
            int i = 0;
            while (i < text.length()) {
                int start = i;
                int end = wordEnd(text, start);
                i = Math.max(end, start + 1);
                char first = text.charAt(start);
                if (end == start || !(first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first))
                        || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
                    continue;
                }
                if (!isAcronym(text, start, end)) {
                    continue;
                }
                String acronym = text.substring(start, end);
                counts.merge(acronym, 1, Integer::sum);
                if (start > lineEnd) {
                    int newline = text.indexOf('\n', end);
                    lineEnd = newline < 0 ? text.length() : newline;
                    capitalLine = isCapitalLine(text, text.lastIndexOf('\n', start) + 1, lineEnd);
                }
                inMixedCase.merge(acronym, !capitalLine, Boolean::logicalOr);
                if (start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')') {
                    longForm(text.substring(Math.max(0, start - LOOK_BACK), start - 1), acronym)
                            .ifPresent(longForm -> defined.putIfAbsent(acronym, longForm));
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

    /** Where the word of letters, digits, {@code / & -} starting at {@code start} ends. */
    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length()) {
            char c = text.charAt(end);
            boolean letterOrDigit = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    : Character.isLetterOrDigit(c);
            if (!(letterOrDigit || c == '/' || c == '&' || c == '-')) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * Whether {@code text[start, end)} has 2 to 12 characters, at least two capitals, more capitals than other
     * letters, and is no redaction.
     */
    private static boolean isAcronym(String text, int start, int end) {
        if (end - start < 2 || end - start > MAX_LENGTH || text.startsWith("XXX", start)) {
            return false;
        }
        int letters = 0;
        int capitals = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    capitals++;
                } else if (2 * (letters - capitals) >= end - start) {
                    return false; // the other letters are already half the word: capitals cannot outnumber them
                }
            }
        }
        return capitals >= 2 && capitals * 2 > letters;
    }

    /** The last words of {@code before} whose initials spell {@code acronym}, e.g. "Working Group" for WG. */
    private static java.util.Optional<String> longForm(String before, String acronym) {
        List<Token> tokens = Tokenizer.tokenize(before);
        int open = tokens.size();
        String letters = NOT_CAPITAL.matcher(acronym).replaceAll("");
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

    /** Whether the line {@code text[lineStart, lineEnd)} has no lower-case letter. */
    private static boolean isCapitalLine(String text, int lineStart, int lineEnd) {
        for (int i = lineStart; i < lineEnd; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
