package io.cablestream.enrich.entity;

import io.cablestream.enrich.dictionary.Acronym;
import io.cablestream.enrich.dictionary.AcronymDictionary;
import io.cablestream.enrich.dictionary.DictionaryFile;
import io.cablestream.enrich.dictionary.Post;
import io.cablestream.enrich.dictionary.PostDictionary;
import io.cablestream.enrich.dictionary.TagDictionary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists entity recognition works from, loaded once: given names, name particles, titles, words
 * that make organization names, known organizations and places (including the countries of the TAGS
 * dictionary, the post cities and the place acronyms), public figures, nationality adjectives, reporting verbs
 * and the
 * capitalized words that are never names. Everything is matched case-sensitively, as written.
 */
@ApplicationScoped
public class EntityLexicon {

    private static final String DIR = "/dictionaries/entities/";

    private final Set<String> givenNames = new HashSet<>(DictionaryFile.lines(DIR + "given-names.txt"));
    private final Set<String> particles = new HashSet<>(DictionaryFile.lines(DIR + "name-particles.txt"));
    private final Set<String> reportingVerbs = new HashSet<>(DictionaryFile.lines(DIR + "reporting-verbs.txt"));
    private final Set<String> notNames = new HashSet<>(DictionaryFile.lines(DIR + "not-names.txt"));
    private final Map<String, TitleWord> titles = new HashMap<>();
    private final Set<String> titleDomains = new HashSet<>();
    private final Map<String, TitleWord> lowerCaseOffices = new HashMap<>();
    private final Map<String, String> organizationWords = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final PhraseIndex<String> organizations = new PhraseIndex<>();
    private final PhraseIndex<Place> places = new PhraseIndex<>();
    private final PhraseIndex<String> publicFigures = new PhraseIndex<>();

    public EntityLexicon(AcronymDictionary acronyms, TagDictionary tags, PostDictionary posts) {
        for (String[] row : DictionaryFile.rows(DIR + "titles.tsv", 3)) {
            if (row[1].equals("domain") || row[1].equals("modifier")) {
                titleDomains.add(row[0]);
            }
            if (!row[1].equals("domain")) {
                titles.putIfAbsent(row[0], new TitleWord(row[1], row[2].isEmpty() ? null : row[2]));
            }
        }
        for (String[] row : DictionaryFile.rows(DIR + "organization-words.tsv", 2)) {
            organizationWords.put(row[0], row[1]);
        }
        for (String[] row : DictionaryFile.rows(DIR + "demonyms.tsv", 2)) {
            demonyms.put(row[0], row[1]);
        }
        for (String name : DictionaryFile.lines(DIR + "organizations.txt")) {
            organizations.add(name, name);
        }
        Map<String, Place> placesByName = new HashMap<>();
        for (String[] row : DictionaryFile.rows(DIR + "places.tsv", 3)) {
            String iso = row[2].isEmpty() ? null : row[2];
            String canonical = row[1].equals("country") && tags.countryName(iso) != null ? tags.countryName(iso) : row[0];
            placesByName.put(row[0], new Place(canonical, iso, row[1]));
        }
        for (String[] row : DictionaryFile.rows("/dictionaries/tags.tsv", 5)) {
            if (row[1].equals("geographic") && !row[2].isEmpty() && !row[2].contains("(")) {
                String iso = row[3].isEmpty() ? null : row[3];
                String canonical = tags.countryName(iso) != null ? tags.countryName(iso) : row[2];
                placesByName.putIfAbsent(row[2], new Place(canonical, iso, "country"));
            }
        }
        for (Post post : posts.all()) {
            placesByName.putIfAbsent(post.city(), new Place(post.city(), post.iso(), "city"));
        }
        for (Acronym acronym : acronyms.all()) {
            switch (acronym.kind()) {
                case "title" -> titles.putIfAbsent(acronym.acronym(), new TitleWord("office", acronym.expansion()));
                case "organization" -> organizations.add(acronym.acronym(), acronym.expansion());
                case "place" -> {
                    String name = acronym.expansion().replaceAll("\\s*\\(.*\\)", "");
                    Place place = placesByName.get(name);
                    placesByName.putIfAbsent(acronym.acronym(), place != null ? place : new Place(name, null, "region"));
                }
                default -> {
                }
            }
        }
        placesByName.forEach(places::add);
        titles.forEach((word, title) -> {
            if (title.kind().equals("office") && Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase)) {
                lowerCaseOffices.putIfAbsent(Character.toLowerCase(word.charAt(0)) + word.substring(1), title);
            }
        });
        var variants = new NameVariants(this);
        for (String[] row : DictionaryFile.rows(DIR + "public-figures.txt", 2)) {
            publicFigures.add(row[0], row[0]);
            if (!row[1].equals("full")) {
                variants.of(Tokenizer.tokenize(row[0]).stream().map(Token::text).toList())
                        .forEach(variant -> publicFigures.add(variant, row[0]));
            }
        }
    }

    /** Whether {@code word} is a given name; a hyphenated word counts when its first part is ({@code Anne-Grete}). */
    public boolean isGivenName(String word) {
        int hyphen = word.indexOf('-');
        return givenNames.contains(word) || (hyphen > 0 && givenNames.contains(word.substring(0, hyphen)));
    }

    public boolean isParticle(String word) {
        return particles.contains(word);
    }

    public boolean isReportingVerb(String word) {
        return reportingVerbs.contains(word);
    }

    /** Whether {@code word} is a capitalized word that never names a person (pronouns, months, Post ...). */
    public boolean isNotName(String word) {
        return notNames.contains(word) || word.startsWith("XXX") || word.startsWith("xxx")
                || (word.endsWith("s") && demonyms.containsKey(word.substring(0, word.length() - 1)));
    }

    /** The title word {@code word} is, or {@code null}. */
    public TitleWord title(String word) {
        return titles.get(word);
    }

    /** The office a title written in lower case names ("spokesman", "deputy"), or {@code null}. */
    public TitleWord lowerCaseOffice(String word) {
        return lowerCaseOffices.get(word);
    }

    /** Whether {@code word} names a field of responsibility inside titles ("Minister of <em>Defense</em>"). */
    public boolean isTitleDomain(String word) {
        return titleDomains.contains(word);
    }

    /** The role {@code word} plays in organization names ({@code head}, {@code legislature} ...), or {@code null}. */
    public String organizationWord(String word) {
        return organizationWords.get(word);
    }

    /** The ISO code of the country a nationality adjective refers to ("" for regions), or {@code null}. */
    public String demonym(String word) {
        return demonyms.get(word);
    }

    public PhraseIndex<String> organizations() {
        return organizations;
    }

    public PhraseIndex<Place> places() {
        return places;
    }

    /** Public figures by full name and by the shorter forms cables use ({@code Chavez}), valued by full name. */
    public PhraseIndex<String> publicFigures() {
        return publicFigures;
    }
}
