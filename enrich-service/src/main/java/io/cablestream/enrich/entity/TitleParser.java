package io.cablestream.enrich.entity;

import java.util.List;

/**
 * Reads a person's title written before a name or after it: runs of title words ({@code Principal Deputy
 * Assistant Secretary}, {@code FM}, {@code Col.}), fields of responsibility after {@code of}/{@code for}
 * ({@code Minister of Defense}), and the organization, place or nationality that precedes them
 * ({@code EAP PDAS}, {@code Santa Tecla Mayor}).
 */
public final class TitleParser {

    /**
     * A title found in the text.
     *
     * @param from first token of the title, preceding organization or place included
     * @param to index after the title
     * @param nameStart where a name written after the title would start ({@code to} unless a field of
     *     responsibility ran into the name)
     */
    public record Title(int from, int to, int nameStart) {
    }

    private final EntityLexicon lexicon;

    public TitleParser(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The title word at {@code token}, also when written in lower case ("spokesman"), or {@code null}. */
    public TitleWord titleWord(Token token, boolean lowerCaseToo) {
        TitleWord word = lexicon.title(token.text());
        return word == null && lowerCaseToo ? lexicon.lowerCaseOffice(token.text()) : word;
    }

    /**
     * The title whose first title word is {@code tokens[from]}, or {@code null} when the run of title words there
     * holds no office or honorific (a lone {@code Deputy} is not a title).
     */
    public Title parse(List<Token> tokens, int from, boolean lowerCaseToo) {
        int i = from;
        boolean hasOffice = false;
        int nameStart = -1;
        while (i < tokens.size()) {
            TitleWord word = titleWord(tokens.get(i), lowerCaseToo);
            if (word != null) {
                hasOffice |= !word.isModifier();
                i++;
                continue;
            }
            String text = tokens.get(i).text();
            if (hasOffice && (text.equals("of") || text.equals("for")) && i + 1 < tokens.size()) {
                int domainEnd = domainEnd(tokens, i + 1);
                if (domainEnd == i + 1) {
                    break;
                }
                TitleWord following = domainEnd < tokens.size() ? lexicon.title(tokens.get(domainEnd).text()) : null;
                if (following != null && !following.isModifier()) {
                    i = domainEnd;
                    continue;
                }
                int lastDomainWord = lastDomainWord(tokens, i + 1, domainEnd);
                if (lastDomainWord >= 0 && lastDomainWord + 1 < domainEnd) {
                    nameStart = lastDomainWord + 1;
                }
                i = domainEnd;
            }
            break;
        }
        if (!hasOffice) {
            return null;
        }
        return new Title(prefixStart(tokens, from), nameStart >= 0 ? nameStart : i, nameStart >= 0 ? nameStart : i);
    }

    private int domainEnd(List<Token> tokens, int from) {
        int i = from;
        if (i < tokens.size() && tokens.get(i).text().equals("the")) {
            i++;
        }
        int end = from;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            boolean capital = token.isCapitalized() || token.isAllCaps();
            TitleWord title = lexicon.title(token.text());
            if (capital && !lexicon.isGivenName(token.text()) && (title == null || title.isModifier())) {
                end = ++i;
            } else if ((token.text().equals("and") || token.text().equals("&") || token.text().equals("of"))
                    && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    private int lastDomainWord(List<Token> tokens, int from, int to) {
        int last = -1;
        for (int i = from; i < to; i++) {
            String word = tokens.get(i).text();
            if (lexicon.isTitleDomain(word) || lexicon.organizationWord(word) != null || lexicon.demonym(word) != null
                    || tokens.get(i).isAllCaps() || lexicon.places().longestAt(tokens, i) != null) {
                last = i;
            }
        }
        return last;
    }

    private int prefixStart(List<Token> tokens, int from) {
        int start = from;
        while (start > 0) {
            Token previous = tokens.get(start - 1);
            boolean acronym = previous.isAllCaps() && lexicon.organizations().longestAt(tokens, start - 1) != null;
            if (acronym || lexicon.demonym(previous.text()) != null || isPlaceEndingAt(tokens, start)) {
                start = placeStart(tokens, start);
            } else {
                break;
            }
        }
        return start;
    }

    private boolean isPlaceEndingAt(List<Token> tokens, int end) {
        return placeStart(tokens, end) < end;
    }

    private int placeStart(List<Token> tokens, int end) {
        for (int start = Math.max(0, end - 4); start < end; start++) {
            var place = lexicon.places().longestAt(tokens, start);
            var organization = lexicon.organizations().longestAt(tokens, start);
            if ((place != null && start + place.length() == end) || (organization != null
                    && start + organization.length() == end) || (start == end - 1
                    && lexicon.demonym(tokens.get(start).text()) != null)) {
                return start;
            }
        }
        return end;
    }
}
