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
    private static final Set<String> POSSESSIVE_OWNERS = Set.of("People", "Worker", "Workers", "Prosecutor",
            "General", "Children", "Women", "Veterans");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "&", "the", "de", "del", "la");
    private static final Set<String> MEDIA_NOUNS = Set.of("newspaper", "daily", "weekly", "magazine", "channel",
            "station", "website", "paper");
    private static final Set<String> MEDIA_VERBS = Set.of("reported", "reports", "carried", "published", "quoted",
            "wrote", "aired", "broadcast", "reprinted", "headlined");
    private static final Pattern LOWER_CASE_SUFFIX = Pattern.compile(".*-\\p{Ll}+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(/\\d+)?(st|nd|rd|th)?");
    private static final Pattern ARTICLE_PREFIX = Pattern.compile("(?i)(al|el)-.*");
    private static final int MAX_MODIFIERS = 5;

    private final EntityLexicon lexicon;

    public OrganizationFinder(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Candidate> find(ParagraphTokens paragraph) {
        List<Token> tokens = paragraph.tokens();
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            var known = lexicon.organizations().longestAt(tokens, i);
            if (known != null) {
                found.add(new Candidate(i, i + known.length(), EntityType.ORGANIZATION, 3, null));
            } else if (GOVERNMENT_ACRONYM.matcher(tokens.get(i).text()).matches()) {
                found.add(new Candidate(i, i + 1, EntityType.ORGANIZATION, 2, null));
            }
            String role = lexicon.organizationWord(tokens.get(i).text());
            if (role != null) {
                phrase(tokens, i, role).ifPresent(found::add);
            }
            media(tokens, i).ifPresent(found::add);
        }
        return found;
    }

    private Optional<Candidate> phrase(List<Token> tokens, int head, String role) {
        int start = modifiersStart(tokens, head);
        int end = head + 1;
        int runEnd = end;
        while (runEnd < tokens.size() && runEnd - head <= 4 && isNameWord(tokens.get(runEnd))) {
            runEnd++;
            if (lexicon.organizationWord(tokens.get(runEnd - 1).text()) != null) {
                end = runEnd;
            }
        }
        if (end == head + 1 && runEnd > head + 1 && tokens.get(head).text().equals("International")) {
            return Optional.empty();
        }
        int ofEnd = ofPhraseEnd(tokens, end);
        if (role.equals("government") && ofEnd == end) {
            return Optional.empty();
        }
        end = ofEnd;
        if (role.equals("trailing-place") && end < tokens.size()) {
            var place = lexicon.places().longestAt(tokens, end);
            if (place != null) {
                end += place.length();
            }
        }
        boolean alone = start == head && end == head + 1;
        if (alone && !role.equals("legislature")) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(start, end, EntityType.ORGANIZATION, 2, null));
    }

    private int modifiersStart(List<Token> tokens, int head) {
        int start = head;
        while (start > 0 && head - start < MAX_MODIFIERS) {
            Token previous = tokens.get(start - 1);
            String text = previous.text();
            if ((text.equals("’s") || text.equals("'s")) && start >= 2
                    && POSSESSIVE_OWNERS.contains(tokens.get(start - 2).text())) {
                start -= 2;
            } else if (isModifier(tokens, start - 1)) {
                start--;
            } else if (CONNECTORS.contains(text) && start >= 2 && isModifier(tokens, start - 2)
                    && (text.equals("de") || text.equals("del"))) {
                start -= 2;
            } else {
                break;
            }
        }
        return start;
    }

    private boolean isModifier(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (lexicon.places().longestAt(tokens, i) != null) {
            return true;
        }
        if (token.isAllCaps()) {
            return lexicon.organizations().longestAt(tokens, i) == null && lexicon.title(token.text()) == null
                    && !token.text().startsWith("XXX");
        }
        if (lexicon.isNotName(token.text()) || lexicon.isReportingVerb(token.text())
                || LOWER_CASE_SUFFIX.matcher(token.text()).matches()
                || lexicon.isGivenName(token.text()) || lexicon.publicFigures().longestAt(tokens, i) != null) {
            return false;
        }
        return token.isCapitalized() || NUMBER.matcher(token.text()).matches();
    }

    private int ofPhraseEnd(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || !Set.of("of", "for", "on").contains(tokens.get(end).text())) {
            return end;
        }
        int i = end + 1;
        if (tokens.get(i).text().equals("the")) {
            i++;
        }
        int last = -1;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            TitleWord title = lexicon.title(token.text());
            if ((title != null && !title.isModifier() && !afterArticle(tokens, i)) || lexicon.isGivenName(token.text())
                    || lexicon.isNotName(token.text())) {
                break;
            }
            if (token.isCapitalized() || lexicon.places().longestAt(tokens, i) != null) {
                last = i;
                i++;
            } else if (CONNECTORS.contains(token.text()) && last >= 0 && i + 1 < tokens.size()
                    && tokens.get(i + 1).isCapitalized()) {
                i++;
            } else {
                break;
            }
        }
        return last < 0 ? end : last + 1;
    }

    /** Whether the title word at {@code i} opens, after "the", a run of title words ("of the Prime Minister"). */
    private boolean afterArticle(List<Token> tokens, int i) {
        int start = i;
        while (start > 0 && lexicon.title(tokens.get(start - 1).text()) != null) {
            start--;
        }
        return start > 0 && tokens.get(start - 1).text().equals("the");
    }

    private Optional<Candidate> media(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.isCapitalized() && !token.isPrefixedName()) {
            return Optional.empty();
        }
        boolean introduced = (i > 0 && MEDIA_NOUNS.contains(tokens.get(i - 1).text())) || (token.isPrefixedName()
                && i + 1 < tokens.size() && MEDIA_NOUNS.contains(tokens.get(i + 1).text()));
        boolean reporting = i + 1 < tokens.size() && MEDIA_VERBS.contains(tokens.get(i + 1).text())
                && ARTICLE_PREFIX.matcher(token.text()).matches();
        if (!introduced && !reporting) {
            return Optional.empty();
        }
        int end = i + 1;
        while (end < tokens.size() && end - i < 4 && (tokens.get(end).isCapitalized() || tokens.get(end).isPrefixedName())) {
            end++;
        }
        return Optional.of(new Candidate(i, end, EntityType.ORGANIZATION, 3, null));
    }

    private boolean isNameWord(Token token) {
        return token.isCapitalized() && !lexicon.isNotName(token.text());
    }
}
