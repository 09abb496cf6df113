package io.cablestream.enrich.entity;

/**
 * Reads a person's title written before a name or after it: runs of title words ({@code Principal Deputy
 * Assistant Secretary}, {@code FM}, {@code Col.}), fields of responsibility after {@code of}/{@code for}
 * ({@code Minister of Defense}), and the organization, place or nationality that precedes them
 * ({@code EAP PDAS}, {@code Rio de Janeiro Mayor}).
 */
public final class TitleParser {

    /**
     * A title found in the text.
     *
     * @param from first token of the title, preceding organization or place included
     * @param to index after the title
     * @param nameStart where a name written after the title starts ({@code to} unless a field of responsibility
     *     ran into the name)
     */
    public record Title(int from, int to, int nameStart) {
    }

    private TitleParser() {
    }

    /** The title word token {@code i} is, also when written in lower case ("spokesman"), or {@code null}. */
    public static TitleWord titleWord(ParagraphTokens paragraph, int i, boolean lowerCaseToo) {
        WordInfo info = paragraph.info(i);
        return info.title() == null && lowerCaseToo ? info.lowerCaseOffice() : info.title();
    }

    /**
     * The title whose first title word is token {@code from}, or {@code null} when the run of title words there
     * holds no office or honorific (a lone {@code Deputy} is not a title).
     */
    public static Title parse(ParagraphTokens paragraph, int from, boolean lowerCaseToo) {
        int i = from;
        boolean hasOffice = false;
        int nameStart = -1;
        while (i < paragraph.size()) {
            TitleWord word = titleWord(paragraph, i, lowerCaseToo);
            if (word != null) {
                hasOffice |= !word.isModifier();
                i++;
                continue;
            }
            String text = paragraph.word(i);
            if (hasOffice && (text.equals("of") || text.equals("for")) && i + 1 < paragraph.size()) {
                int domainEnd = domainEnd(paragraph, i + 1);
                if (domainEnd == i + 1) {
                    break;
                }
                TitleWord following = domainEnd < paragraph.size() ? paragraph.info(domainEnd).title() : null;
                String next = paragraph.word(domainEnd);
                if ((following != null && !following.isModifier()) || next.equals("for") || next.equals("of")) {
                    i = domainEnd;
                    continue;
                }
                int lastDomainWord = lastDomainWord(paragraph, i + 1, domainEnd);
                if (lastDomainWord >= 0 && lastDomainWord + 1 < domainEnd) {
                    nameStart = lastDomainWord + 1;
                } else if (lastDomainWord < 0 && domainEnd - (i + 1) >= 3) {
                    nameStart = domainEnd - 2;
                }
                i = domainEnd;
            }
            break;
        }
        if (!hasOffice) {
            return null;
        }
        int end = nameStart >= 0 ? nameStart : i;
        return new Title(prefixStart(paragraph, from), end, end);
    }

    private static int domainEnd(ParagraphTokens paragraph, int from) {
        int i = from;
        if (paragraph.word(i).equals("the")) {
            i++;
        }
        int end = from;
        while (i < paragraph.size()) {
            Token token = paragraph.token(i);
            WordInfo info = paragraph.info(i);
            boolean capital = token.isCapitalized() || token.isAllCaps();
            if (capital && !info.givenName() && (info.title() == null || info.title().isModifier())) {
                end = ++i;
            } else if ((token.text().equals("and") || token.text().equals("&") || token.text().equals("of"))
                    && i + 1 < paragraph.size() && paragraph.token(i + 1).isCapitalized()) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    private static int lastDomainWord(ParagraphTokens paragraph, int from, int to) {
        int last = -1;
        for (int i = from; i < to; i++) {
            WordInfo info = paragraph.info(i);
            if (info.titleDomain() || info.organizationWord() != null || info.demonym() != null
                    || paragraph.token(i).isAllCaps() || paragraph.place(i) != null) {
                last = i;
            }
        }
        return last;
    }

    private static int prefixStart(ParagraphTokens paragraph, int from) {
        int start = from;
        while (start > 0) {
            int previous = start - 1;
            boolean acronym = paragraph.token(previous).isAllCaps() && paragraph.organization(previous) != null;
            int place = placeStart(paragraph, start);
            if (acronym || paragraph.info(previous).demonym() != null) {
                start = previous;
            } else if (place < start) {
                start = place;
            } else {
                break;
            }
        }
        return start;
    }

    /** Where a known place or organization ending right before {@code end} starts, or {@code end}. */
    private static int placeStart(ParagraphTokens paragraph, int end) {
        for (int start = Math.max(0, end - 4); start < end; start++) {
            var place = paragraph.place(start);
            var organization = paragraph.organization(start);
            if ((place != null && start + place.length() == end) || (organization != null && start + organization.length() == end)) {
                return start;
            }
        }
        return end;
    }
}
