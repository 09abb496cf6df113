package io.cablestream.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the people a paragraph names from direct evidence: a title before the name ({@code FM Lavrov}), a
 * known given name ({@code Kathleen Stephens}), a known public figure ({@code Chavez}), a title in apposition
 * ({@code Anton Khlopkov, Deputy Director}; {@code the Defense Minister, Anne-Grete Strom-Erichsen}), a reporting verb after the name ({@code Rakhmanin said}), an alias
 * ({@code aka Abu Dahdah}), or the signature.
 */
public final class PersonFinder {

    private static final Set<String> WEAK_VERBS = Set.of("was", "is", "had", "has", "would", "will", "did", "does",
            "met");
    private static final Set<String> ARTICLES = Set.of("the", "The", "a", "A", "an", "An");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "from", "on", "into", "near", "to",
            "for", "by", "with", "over");
    private static final Set<String> ALIAS_MARKERS = Set.of("aka", "a.k.a.", "alias");

    /** What the finder knows about the whole cable when it reads one paragraph. */
    public record CableContext(Set<String> signers, Set<String> capitalizedMidSentence, boolean lastParagraph) {
    }

    private final EntityLexicon lexicon;
    private final NameWords names;
    private final TitleParser titles;

    public PersonFinder(EntityLexicon lexicon, NameWords names, TitleParser titles) {
        this.lexicon = lexicon;
        this.names = names;
        this.titles = titles;
    }

    public List<Candidate> find(ParagraphTokens paragraph, CableContext cable) {
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
            var figure = lexicon.publicFigures().longestAt(tokens, i);
            if (figure != null) {
                found.add(new Candidate(i, i + figure.length(), EntityType.PERSON,
                        paragraph.words(i, i + figure.length()).equals(figure.value()) ? 3 : 2, null));
            }
            if (names.isNameWord(token) && (i == 0 || !names.isNameWord(tokens.get(i - 1)))) {
                beforeVerbOrTitle(paragraph, i, cable).ifPresent(found::add);
            }
            if (i > 0 && ALIAS_MARKERS.contains(tokens.get(i - 1).text()) && names.nameEnd(tokens, i) > i) {
                found.add(new Candidate(i, names.nameEnd(tokens, i), EntityType.PERSON, 2, null));
            }
            if (cable.signers().contains(token.text()) || (cable.lastParagraph() && isSignatureLine(paragraph, i))) {
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
        int comma = title.nameStart();
        if (!lowerCase && comma + 1 < tokens.size() && tokens.get(comma).text().equals(",")
                && names.nameEnd(tokens, comma + 1) - (comma + 1) >= 2) {
            return Optional.of(new Candidate(comma + 1, names.nameEnd(tokens, comma + 1), EntityType.PERSON, 2,
                    paragraph.words(title.from(), comma)));
        }
        int end = names.nameEnd(tokens, title.nameStart());
        if (end == title.nameStart() || startsWithKnownNonPerson(tokens, title.nameStart(), end)) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(title.nameStart(), end, EntityType.PERSON, 3,
                paragraph.words(title.from(), title.nameStart())));
    }

    private Optional<Candidate> beforeVerbOrTitle(ParagraphTokens paragraph, int i, CableContext cable) {
        List<Token> tokens = paragraph.tokens();
        int end = names.nameEnd(tokens, i);
        if (end == i || end - i > 3 || containsKnownNonPerson(tokens, i, end) || followsWord(tokens, i)) {
            return Optional.empty();
        }
        boolean sentenceStart = tokens.get(i).sentenceStart();
        String next = end < tokens.size() ? tokens.get(end).text() : "";
        boolean weak = WEAK_VERBS.contains(next);
        boolean seenElsewhere = !sentenceStart || end - i > 1 || cable.capitalizedMidSentence().contains(tokens.get(i).text());
        boolean verb = lexicon.isReportingVerb(next) && seenElsewhere && !(weak && sentenceStart);
        boolean accordingTo = i >= 2 && tokens.get(i - 2).text().equalsIgnoreCase("according")
                && tokens.get(i - 1).text().equals("to");
        String appositive = appositiveTitle(paragraph, end);
        boolean apposition = appositive != null && (end - i >= 2 || !sentenceStart);
        if (apposition) {
            return Optional.of(new Candidate(i, end, EntityType.PERSON, 3, appositive));
        }
        if (verb || accordingTo) {
            return Optional.of(new Candidate(i, end, EntityType.PERSON, weak ? 1 : 2, null));
        }
        return Optional.empty();
    }

    /** Whether the name at {@code i} directly follows an article, a preposition or another capitalized word. */
    private boolean followsWord(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        boolean according = i >= 2 && tokens.get(i - 2).text().equalsIgnoreCase("according");
        return ARTICLES.contains(previous.text()) || (PREPOSITIONS.contains(previous.text()) && !according)
                || ((previous.isCapitalized() || previous.isAllCaps()) && !previous.sentenceStart() && !tokens.get(i).sentenceStart());
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
            if (titles.titleWord(token, true) != null) {
                var title = titles.parse(tokens, i, true);
                return title == null ? null : paragraph.words(start, title.to());
            }
            boolean qualifier = token.isAllCaps() || token.isCapitalized() || token.text().equals("’s")
                    || token.text().equals("'s");
            if (!qualifier) {
                return null;
            }
        }
        return null;
    }

    /** A single upper-case word alone on its line: how signatures close the last paragraph. */
    private boolean isSignatureLine(ParagraphTokens paragraph, int i) {
        Token token = paragraph.tokens().get(i);
        String text = paragraph.text();
        boolean lineStart = token.start() == 0 || text.charAt(token.start() - 1) == '\n'
                || (i > 0 && text.substring(paragraph.tokens().get(i - 1).end(), token.start()).contains("\n"))
                || (i > 0 && paragraph.tokens().get(i - 1).text().equals("."));
        boolean lineEnd = token.end() == text.length() || text.charAt(token.end()) == '\n'
                || (i + 1 < paragraph.size() && text.substring(token.end(), paragraph.tokens().get(i + 1).start()).contains("\n"));
        return lineStart && lineEnd && token.isAllCaps() && token.text().length() >= 4 && token.text().chars().allMatch(Character::isUpperCase)
                && lexicon.organizations().longestAt(paragraph.tokens(), i) == null
                && lexicon.places().longestAt(paragraph.tokens(), i) == null && lexicon.title(token.text()) == null
                && !lexicon.isNotName(capitalized(token.text()));
    }

    private boolean startsWithKnownNonPerson(List<Token> tokens, int from, int to) {
        var place = lexicon.places().longestAt(tokens, from);
        var organization = lexicon.organizations().longestAt(tokens, from);
        return (place != null && place.length() >= to - from) || (organization != null && organization.length() >= to - from);
    }

    private boolean containsKnownNonPerson(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lexicon.places().longestAt(tokens, i) != null || lexicon.organizations().longestAt(tokens, i) != null) {
                return true;
            }
        }
        return false;
    }

    private static String capitalized(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
