package io.cablestream.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the people a paragraph names from direct evidence: a title before the name ({@code FM Lavrov}), a
 * known given name ({@code Kathleen Stephens}), a known public figure ({@code Chavez}), a title in apposition
 * ({@code Anton Khlopkov, Deputy Director}; {@code the Defense Minister, Anne-Grete Strom-Erichsen}), a
 * reporting verb after the name ({@code Rakhmanin said}), an alias ({@code aka Abu Dahdah}), or the signature.
 */
public final class PersonFinder {

    private static final Set<String> WEAK_VERBS = Set.of("was", "is", "had", "has", "would", "will", "did", "does",
            "met");
    private static final Set<String> ARTICLES = Set.of("the", "The", "a", "A", "an", "An");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "from", "on", "into", "near", "to",
            "for", "by", "with", "over");
    private static final Set<String> ALIAS_MARKERS = Set.of("aka", "a.k.a.", "alias");

    /** What the finder knows about the whole cable when it reads one paragraph. */
    public record CableContext(Set<String> signers, MidSentenceWords capitalizedMidSentence, boolean lastParagraph) {
    }

    private PersonFinder() {
    }

    public static List<Candidate> find(ParagraphTokens paragraph, CableContext cable) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < paragraph.size(); i++) {
            Token token = paragraph.token(i);
            afterTitle(paragraph, i).ifPresent(found::add);
            if (paragraph.info(i).givenName() && token.isCapitalized()) {
                int end = NameWords.nameEnd(paragraph, i);
                if (end - i >= 2) {
                    found.add(new Candidate(i, end, EntityType.PERSON, 3, appositiveTitle(paragraph, end)));
                }
            }
            var figure = paragraph.figure(i);
            if (figure != null) {
                found.add(new Candidate(i, i + figure.length(), EntityType.PERSON,
                        paragraph.words(i, i + figure.length()).equals(figure.value()) ? 3 : 2, null));
            }
            if (NameWords.isNameWord(paragraph, i) && (i == 0 || !NameWords.isNameWord(paragraph, i - 1))) {
                beforeVerbOrTitle(paragraph, i, cable).ifPresent(found::add);
            }
            if (token.isCapitalized() && i > 0 && ALIAS_MARKERS.contains(paragraph.word(i - 1)) && NameWords.nameEnd(paragraph, i) > i) {
                found.add(new Candidate(i, NameWords.nameEnd(paragraph, i), EntityType.PERSON, 2, null));
            }
            if (cable.signers().contains(token.text()) || (cable.lastParagraph() && isSignatureLine(paragraph, i))) {
                found.add(new Candidate(i, i + 1, EntityType.PERSON, 3, null));
            }
        }
        return found;
    }

    private static Optional<Candidate> afterTitle(ParagraphTokens paragraph, int i) {
        TitleWord word = TitleParser.titleWord(paragraph, i, true);
        if (word == null || (i > 0 && TitleParser.titleWord(paragraph, i - 1, true) != null)) {
            return Optional.empty();
        }
        boolean lowerCase = Character.isLowerCase(paragraph.word(i).charAt(0));
        var title = TitleParser.parse(paragraph, i, true);
        if (title == null || (lowerCase && title.nameStart() != title.to())) {
            return Optional.empty();
        }
        int nameStart = title.nameStart();
        if (!lowerCase && paragraph.word(nameStart).equals(",") && NameWords.nameEnd(paragraph, nameStart + 1) - (nameStart + 1) >= 2) {
            return Optional.of(new Candidate(nameStart + 1, NameWords.nameEnd(paragraph, nameStart + 1), EntityType.PERSON, 2,
                    paragraph.words(title.from(), nameStart)));
        }
        int end = NameWords.nameEnd(paragraph, nameStart);
        if (end == nameStart || startsWithKnownNonPerson(paragraph, nameStart, end)) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(nameStart, end, EntityType.PERSON, 3, paragraph.words(title.from(), nameStart)));
    }

    private static Optional<Candidate> beforeVerbOrTitle(ParagraphTokens paragraph, int i, CableContext cable) {
        int end = NameWords.nameEnd(paragraph, i);
        if (end == i || end - i > 3 || containsKnownNonPerson(paragraph, i, end) || followsWord(paragraph, i)) {
            return Optional.empty();
        }
        boolean sentenceStart = paragraph.token(i).sentenceStart();
        String next = paragraph.word(end);
        boolean weak = WEAK_VERBS.contains(next);
        boolean verb = end < paragraph.size() && paragraph.info(end).reportingVerb() && !(weak && sentenceStart)
                && (!sentenceStart || end - i > 1 || cable.capitalizedMidSentence().contains(paragraph.word(i)));
        boolean accordingTo = i >= 2 && paragraph.word(i - 2).equalsIgnoreCase("according") && paragraph.word(i - 1).equals("to");
        String appositive = appositiveTitle(paragraph, end);
        if (appositive != null && (end - i >= 2 || !sentenceStart)) {
            return Optional.of(new Candidate(i, end, EntityType.PERSON, 3, appositive));
        }
        if (verb || accordingTo) {
            return Optional.of(new Candidate(i, end, EntityType.PERSON, weak ? 1 : 2, null));
        }
        return Optional.empty();
    }

    /** Whether the name at {@code i} directly follows an article, a preposition or another capitalized word. */
    private static boolean followsWord(ParagraphTokens paragraph, int i) {
        if (i == 0) {
            return false;
        }
        Token previous = paragraph.token(i - 1);
        boolean according = paragraph.word(i - 2).equalsIgnoreCase("according");
        return ARTICLES.contains(previous.text()) || (PREPOSITIONS.contains(previous.text()) && !according)
                || ((previous.isCapitalized() || previous.isAllCaps()) && !previous.sentenceStart()
                        && !paragraph.token(i).sentenceStart());
    }

    /** The title written after {@code ", "} following a name ending at {@code end}, or {@code null}. */
    private static String appositiveTitle(ParagraphTokens paragraph, int end) {
        if (!paragraph.word(end).equals(",")) {
            return null;
        }
        int i = end + 1;
        if (ARTICLES.contains(paragraph.word(i))) {
            i++;
        }
        int start = i;
        for (int skipped = 0; i < paragraph.size() && skipped <= 3; skipped++, i++) {
            if (TitleParser.titleWord(paragraph, i, true) != null) {
                var title = TitleParser.parse(paragraph, i, true);
                return title == null ? null : paragraph.words(start, title.to());
            }
            Token token = paragraph.token(i);
            if (!(token.isAllCaps() || token.isCapitalized() || token.text().equals("’s") || token.text().equals("'s"))) {
                return null;
            }
        }
        return null;
    }

    /** A single upper-case word alone on its line: how signatures close the last paragraph. */
    private static boolean isSignatureLine(ParagraphTokens paragraph, int i) {
        Token token = paragraph.token(i);
        String text = paragraph.text();
        if (!token.isAllCaps() || token.text().length() < 4 || !token.text().chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        boolean lineStart = token.start() == 0 || text.charAt(token.start() - 1) == '\n'
                || (i > 0 && text.substring(paragraph.token(i - 1).end(), token.start()).contains("\n"))
                || paragraph.word(i - 1).equals(".");
        boolean lineEnd = token.end() == text.length() || text.charAt(token.end()) == '\n'
                || (i + 1 < paragraph.size() && text.substring(token.end(), paragraph.token(i + 1).start()).contains("\n"));
        return lineStart && lineEnd && paragraph.organization(i) == null && paragraph.place(i) == null
                && paragraph.info(i).title() == null && !paragraph.info(i).notName();
    }

    private static boolean startsWithKnownNonPerson(ParagraphTokens paragraph, int from, int to) {
        var place = paragraph.place(from);
        var organization = paragraph.organization(from);
        return (place != null && place.length() >= to - from) || (organization != null && organization.length() >= to - from);
    }

    private static boolean containsKnownNonPerson(ParagraphTokens paragraph, int from, int to) {
        for (int i = from; i < to; i++) {
            if (paragraph.place(i) != null || paragraph.organization(i) != null) {
                return true;
            }
        }
        return false;
    }
}
