package io.cablestream.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the people a paragraph names from direct evidence: a title before the name ({@code FM Lavrov}), a
 * known given name ({@code Kathleen Stephens}), a title in apposition ({@code Anton Khlopkov, Deputy
 * Director}), a reporting verb after it ({@code Rakhmanin said}), or the cable's signature.
 */
public final class PersonFinder {

    private static final Set<String> WEAK_VERBS = Set.of("was", "is", "had", "has", "would", "will", "did", "does",
            "met");
    private static final Set<String> ARTICLES = Set.of("the", "The", "a", "A", "an", "An");

    private final EntityLexicon lexicon;
    private final NameWords names;
    private final TitleParser titles;

    public PersonFinder(EntityLexicon lexicon, NameWords names, TitleParser titles) {
        this.lexicon = lexicon;
        this.names = names;
        this.titles = titles;
    }

    public List<Candidate> find(ParagraphTokens paragraph, Set<String> signers) {
        List<Token> tokens = paragraph.tokens();
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            afterTitle(paragraph, i).ifPresent(found::add);
            if (lexicon.isGivenName(token.text()) && token.isCapitalized()) {
                int end = names.nameEnd(tokens, i);
                if (end - i >= 2) {
                    found.add(new Candidate(i, end, EntityType.PERSON, 3, appositiveTitle(paragraph, end)));
                }
            }
            if (names.isNameWord(token) && (i == 0 || !names.isNameWord(tokens.get(i - 1)))) {
                beforeVerbOrTitle(paragraph, i).ifPresent(found::add);
            }
            if (signers.contains(token.text())) {
                found.add(new Candidate(i, i + 1, EntityType.PERSON, 3, null));
            }
        }
        return found;
    }

    private Optional<Candidate> afterTitle(ParagraphTokens paragraph, int i) {
        List<Token> tokens = paragraph.tokens();
        TitleWord word = titles.titleWord(tokens.get(i), true);
        boolean runStart = i == 0 || titles.titleWord(tokens.get(i - 1), true) == null;
        if (word == null || !runStart) {
            return Optional.empty();
        }
        boolean lowerCase = Character.isLowerCase(tokens.get(i).text().charAt(0));
        var title = titles.parse(tokens, i, true);
        if (title == null || (lowerCase && title.nameStart() != title.to())) {
            return Optional.empty();
        }
        int end = names.nameEnd(tokens, title.nameStart());
        if (end == title.nameStart() || isKnownNonPerson(tokens, title.nameStart(), end)) {
            return Optional.empty();
        }
        int titleEnd = title.nameStart() == title.to() ? title.to() : title.nameStart();
        return Optional.of(new Candidate(title.nameStart(), end, EntityType.PERSON, 3,
                paragraph.words(title.from(), titleEnd)));
    }

    private Optional<Candidate> beforeVerbOrTitle(ParagraphTokens paragraph, int i) {
        List<Token> tokens = paragraph.tokens();
        int end = names.nameEnd(tokens, i);
        if (end == i || end - i > 3 || isKnownNonPerson(tokens, i, end) || (i > 0 && ARTICLES.contains(tokens.get(i - 1).text()))) {
            return Optional.empty();
        }
        boolean sentenceStart = tokens.get(i).sentenceStart();
        String next = end < tokens.size() ? tokens.get(end).text() : "";
        boolean verb = lexicon.isReportingVerb(next) && (!sentenceStart || !WEAK_VERBS.contains(next));
        boolean accordingTo = i >= 2 && tokens.get(i - 2).text().equalsIgnoreCase("according")
                && tokens.get(i - 1).text().equals("to");
        String appositive = appositiveTitle(paragraph, end);
        boolean apposition = appositive != null && (end - i >= 2 || !sentenceStart);
        if (verb || accordingTo || apposition) {
            return Optional.of(new Candidate(i, end, EntityType.PERSON, verb || accordingTo ? 2 : 3, appositive));
        }
        return Optional.empty();
    }

    /** The title written after {@code ", "} following a name ending at {@code end}, or {@code null}. */
    private String appositiveTitle(ParagraphTokens paragraph, int end) {
        List<Token> tokens = paragraph.tokens();
        if (end >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return null;
        }
        int i = end + 1;
        if (i < tokens.size() && ARTICLES.contains(tokens.get(i).text())) {
            i++;
        }
        int start = i;
        for (int skipped = 0; i < tokens.size() && skipped <= 3; skipped++, i++) {
            Token token = tokens.get(i);
            TitleWord word = titles.titleWord(token, true);
            if (word != null) {
                var title = titles.parse(tokens, i, true);
                return title == null ? null : paragraph.words(start, title.to());
            }
            boolean qualifier = token.isAllCaps() || token.isCapitalized() || token.text().equals("’s")
                    || token.text().equals("'s") || token.text().equals("official");
            if (!qualifier) {
                return null;
            }
        }
        return null;
    }

    private boolean isKnownNonPerson(List<Token> tokens, int from, int to) {
        var place = lexicon.places().longestAt(tokens, from);
        var organization = lexicon.organizations().longestAt(tokens, from);
        return (place != null && place.length() >= to - from) || (organization != null && organization.length() >= to - from);
    }
}
