package io.cablestream.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the places a paragraph names: known countries, regions, cities and sites (longest match), and
 * capitalized phrases built on a place word ({@code Camp Ashraf}, {@code Kieler Strasse}, {@code Santa Marta}).
 */
public final class PlaceFinder {

    private static final Set<String> LEADING_WORDS = Set.of("Camp", "Santa", "San", "Sao", "São", "Saint", "Mount",
            "Lake", "Port", "Fort");
    private static final Set<String> TRAILING_WORDS = Set.of("Province", "Governorate", "District", "Region",
            "Valley", "River", "Mountains", "Island", "Islands", "Strait", "Bay", "Airport", "Street", "Strasse",
            "Avenue", "Square", "Gate", "House", "Oblast", "Krai", "Prefecture", "Peninsula", "Desert", "Sea");

    private PlaceFinder() {
    }

    /** Whether token {@code i} is the post of a page header, {@code MOSCOW 00002823 002 OF 002}. */
    private static boolean isPageHeader(ParagraphTokens paragraph, int i) {
        String next = paragraph.word(i + 1);
        return paragraph.token(i).isAllCaps() && next.length() >= 5 && next.chars().allMatch(Character::isDigit);
    }

    public static List<Candidate> find(ParagraphTokens paragraph) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < paragraph.size(); i++) {
            var known = paragraph.place(i);
            if (known != null && !isPageHeader(paragraph, i)) {
                found.add(new Candidate(i, i + known.length(), EntityType.LOCATION, 3, null));
            }
            if (!paragraph.token(i).isCapitalized()) {
                continue;
            }
            String word = paragraph.word(i);
            if (LEADING_WORDS.contains(word) && i + 1 < paragraph.size() && paragraph.token(i + 1).isCapitalized()) {
                found.add(new Candidate(i, i + 2, EntityType.LOCATION, 2, null));
            }
            if (TRAILING_WORDS.contains(word) && i > 0 && (paragraph.token(i - 1).isCapitalized() || paragraph.token(i - 1).isAllCaps())
                    && !paragraph.info(i - 1).notName()) {
                int start = i - 1;
                while (start > 0 && i - start < 4 && paragraph.token(start - 1).isCapitalized()
                        && !paragraph.token(start - 1).sentenceStart()) {
                    start--;
                }
                found.add(new Candidate(start, i + 1, EntityType.LOCATION, 2, null));
            }
        }
        return found;
    }
}
