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

    private final EntityLexicon lexicon;

    public PlaceFinder(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Candidate> find(ParagraphTokens paragraph) {
        List<Token> tokens = paragraph.tokens();
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            var known = lexicon.places().longestAt(tokens, i);
            if (known != null) {
                found.add(new Candidate(i, i + known.length(), EntityType.LOCATION, 3, null));
            }
            String word = tokens.get(i).text();
            if (LEADING_WORDS.contains(word) && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()) {
                found.add(new Candidate(i, i + 2, EntityType.LOCATION, 2, null));
            }
            if (TRAILING_WORDS.contains(word) && i > 0 && tokens.get(i - 1).isCapitalized()
                    && !lexicon.isNotName(tokens.get(i - 1).text())) {
                int start = i - 1;
                while (start > 0 && i - start < 4 && tokens.get(start - 1).isCapitalized()
                        && !tokens.get(start - 1).sentenceStart()) {
                    start--;
                }
                found.add(new Candidate(start, i + 1, EntityType.LOCATION, 2, null));
            }
        }
        return found;
    }
}
