package io.cablestream.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the organizations a paragraph names: known names and acronyms (including government acronyms such
 * as {@code GOR} and {@code GoI}), capitalized phrases built on an organization word ({@code Socialist Party},
 * {@code Ministry of Foreign Affairs}, {@code Embassy Oslo}), legislatures, and news media introduced as such
 * ({@code the newspaper Al-Yawm}).
 */
public final class OrganizationFinder {

    private static final Pattern GOVERNMENT_ACRONYM = Pattern.compile("GO[A-Z]{1,3}|Go[A-Z]{1,2}");
    private static final Pattern LOWER_CASE_SUFFIX = Pattern.compile(".*-\\p{Ll}+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(/\\d+)?(st|nd|rd|th)?");
    private static final Pattern ARTICLE_PREFIX = Pattern.compile("(?i)(al|el)-.*");
    private static final Set<String> POSSESSIVE_OWNERS = Set.of("People", "Worker", "Workers", "Prosecutor",
            "General", "Children", "Women", "Veterans");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "&", "the", "de", "del", "la");
    private static final Set<String> MEDIA_NOUNS = Set.of("newspaper", "daily", "weekly", "magazine", "channel",
            "station", "website", "paper");
    private static final Set<String> MEDIA_VERBS = Set.of("reported", "reports", "carried", "published", "quoted",
            "wrote", "aired", "broadcast", "reprinted", "headlined");
    /** Heads of party names, which may hold "and" ("Justice and Development Party"). */
    private static final Set<String> PARTY_HEADS = Set.of("Party", "Front", "Movement", "Alliance", "Union", "League",
            "Coalition");
    private static final int MAX_MODIFIERS = 5;

    private OrganizationFinder() {
    }

    public static List<Candidate> find(ParagraphTokens paragraph) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < paragraph.size(); i++) {
            var known = paragraph.organization(i);
            if (known != null) {
                found.add(new Candidate(i, i + known.length(), EntityType.ORGANIZATION, 3, null));
            } else if (paragraph.token(i).isAllCaps() || paragraph.token(i).isCapitalized()) {
                if (isGovernmentAcronym(paragraph.word(i)) || isOfficePair(paragraph, paragraph.word(i))) {
                    found.add(new Candidate(i, i + 1, EntityType.ORGANIZATION, 2, null));
                }
            }
            String role = paragraph.info(i).organizationWord();
            if (role != null) {
                phrase(paragraph, i, role).ifPresent(found::add);
            }
            Candidate medium = media(paragraph, i).orElse(null);
            if (medium != null) {
                found.add(medium);
            }
        }
        return found;
    }

    /** A government acronym: {@code GOR}, {@code GoI}, {@code GOSL}. */
    static boolean isGovernmentAcronym(String word) {
        return word.length() >= 3 && word.charAt(0) == 'G' && (word.charAt(1) == 'O' || word.charAt(1) == 'o')
                && GOVERNMENT_ACRONYM.matcher(word).matches();
    }

    /** Acronyms joined by a slash, one of them a known organization: an office and its unit ({@code ISN/MTR}). */
    private static boolean isOfficePair(ParagraphTokens paragraph, String word) {
        if (word.indexOf('/') < 0 || !WordShapes.isAcronymPair(word)) {
            return false;
        }
        for (String part : word.split("/")) {
            if (paragraph.lexicon().organizations().containsWord(part)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Candidate> phrase(ParagraphTokens paragraph, int head, String role) {
        int start = modifiersStart(paragraph, head, role);
        int end = head + 1;
        int runEnd = end;
        while (runEnd < paragraph.size() && runEnd - head <= 4 && paragraph.token(runEnd).isCapitalized()
                && !paragraph.info(runEnd).notName()) {
            runEnd++;
            if (paragraph.info(runEnd - 1).organizationWord() != null) {
                end = runEnd;
            }
        }
        if (end == head + 1 && runEnd > head + 1 && paragraph.word(head).equals("International")) {
            return Optional.empty();
        }
        int ofEnd = ofPhraseEnd(paragraph, end);
        if (role.equals("government") && ofEnd == end) {
            return Optional.empty();
        }
        end = ofEnd;
        if (role.equals("trailing-place") && end < paragraph.size() && paragraph.place(end) != null) {
            end += paragraph.place(end).length();
        }
        boolean alone = start == head && end == head + 1;
        if (alone && !role.equals("legislature")) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(start, end, EntityType.ORGANIZATION, 2, null));
    }

    /**
     * Where the modifiers before the organization word at {@code head} start. Before a word that may take a place
     * after it ({@code Embassy Beijing}), a capitalized word opening the sentence counts only when it is a place or
     * a nationality, so that "Request Embassy Beijing ..." names "Embassy Beijing".
     */
    private static int modifiersStart(ParagraphTokens paragraph, int head, String role) {
        int start = head;
        while (start > 0 && head - start < MAX_MODIFIERS) {
            String text = paragraph.word(start - 1);
            if ((text.equals("’s") || text.equals("'s")) && start >= 2 && POSSESSIVE_OWNERS.contains(paragraph.word(start - 2))) {
                start -= 2;
            } else if (isModifier(paragraph, start - 1, head)) {
                start--;
            } else if (start >= 2 && (text.equals("de") || text.equals("del") || ((text.equals("and") || text.equals("&"))
                    && PARTY_HEADS.contains(paragraph.word(head)))) && isModifier(paragraph, start - 2, head)
                    && paragraph.token(start - 2).isCapitalized()) {
                start -= 2;
            } else {
                break;
            }
        }
        boolean verbLike = start < head && paragraph.token(start).sentenceStart() && paragraph.token(start).isCapitalized()
                && paragraph.place(start) == null && paragraph.info(start).demonym() == null;
        return role.equals("trailing-place") && verbLike ? start + 1 : start;
    }

    /**
     * Whether token {@code i} can modify the organization word at {@code head}: places, acronyms other than known
     * organizations, capitalized words and numbers; a given name only before another capitalized modifier
     * ({@code Christian Social Union}).
     */
    private static boolean isModifier(ParagraphTokens paragraph, int i, int head) {
        Token token = paragraph.token(i);
        WordInfo info = paragraph.info(i);
        if (paragraph.place(i) != null) {
            return true;
        }
        if (token.isAllCaps()) {
            return paragraph.organization(i) == null && info.title() == null && !token.text().startsWith("XXX");
        }
        boolean givenName = info.givenName() && !(i + 1 < head && paragraph.token(i + 1).isCapitalized()
                && !paragraph.info(i + 1).givenName());
        if (info.notName() || info.reportingVerb() || givenName || paragraph.figure(i) != null
                || (token.text().indexOf('-') >= 0 && LOWER_CASE_SUFFIX.matcher(token.text()).matches())) {
            return false;
        }
        return token.isCapitalized() || (!token.text().isEmpty() && Character.isDigit(token.text().charAt(0))
                && NUMBER.matcher(token.text()).matches());
    }

    private static int ofPhraseEnd(ParagraphTokens paragraph, int end) {
        if (end + 1 >= paragraph.size() || !Set.of("of", "for", "on").contains(paragraph.word(end))) {
            return end;
        }
        int i = end + 1;
        if (paragraph.word(i).equals("the")) {
            i++;
        }
        int last = -1;
        while (i < paragraph.size()) {
            Token token = paragraph.token(i);
            WordInfo info = paragraph.info(i);
            if ((info.title() != null && !info.title().isModifier() && !afterArticle(paragraph, i)) || info.givenName()
                    || info.notName()) {
                while (last > end + 1 && paragraph.info(last).title() != null) {
                    last--;
                }
                break;
            }
            if (token.isCapitalized() || paragraph.place(i) != null) {
                last = i;
                i++;
            } else if (CONNECTORS.contains(token.text()) && last >= 0 && i + 1 < paragraph.size()
                    && paragraph.token(i + 1).isCapitalized()) {
                i++;
            } else {
                break;
            }
        }
        while (last > end && paragraph.info(last).demonym() != null) {
            last--;
        }
        return last <= end ? end : last + 1;
    }

    /** Whether the title word at {@code i} opens, after "the", a run of title words ("of the Prime Minister"). */
    private static boolean afterArticle(ParagraphTokens paragraph, int i) {
        int start = i;
        while (start > 0 && paragraph.info(start - 1).title() != null) {
            start--;
        }
        return start > 0 && paragraph.word(start - 1).equals("the");
    }

    private static Optional<Candidate> media(ParagraphTokens paragraph, int i) {
        Token token = paragraph.token(i);
        if (!token.isCapitalized() && !token.isPrefixedName()) {
            return Optional.empty();
        }
        boolean introduced = MEDIA_NOUNS.contains(paragraph.word(i - 1))
                || (token.isPrefixedName() && MEDIA_NOUNS.contains(paragraph.word(i + 1)));
        boolean reporting = MEDIA_VERBS.contains(paragraph.word(i + 1)) && token.text().length() >= 3
                && token.text().charAt(2) == '-' && ARTICLE_PREFIX.matcher(token.text()).matches();
        if (!introduced && !reporting) {
            return Optional.empty();
        }
        int end = i + 1;
        while (end < paragraph.size() && end - i < 4 && (paragraph.token(end).isCapitalized() || paragraph.token(end).isPrefixedName())) {
            end++;
        }
        return Optional.of(new Candidate(i, end, EntityType.ORGANIZATION, 3, null));
    }
}
