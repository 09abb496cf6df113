package io.cablestream.enrich.entity;

import io.cablestream.enrich.dictionary.Acronym;
import io.cablestream.enrich.dictionary.AcronymDictionary;
import io.cablestream.enrich.dictionary.DictionaryFile;
import io.cablestream.enrich.dictionary.Post;
import io.cablestream.enrich.dictionary.PostDictionary;
import io.cablestream.enrich.dictionary.TagDictionary;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The word lists entity recognition works from, loaded once: given names, name particles, titles, words
 * that make organization names, known organizations and places (including the countries of the TAGS
 * dictionary, the post cities and the place acronyms), public figures, nationality adjectives, reporting verbs
 * and the capitalized words that are never names. Single words are answered by {@link #word(String)} in one
 * lookup; phrases by the {@link PhraseIndex}es. Everything is matched case-sensitively, as written.
 */
@Singleton
public class EntityLexicon {

    private static final String DIR = "/dictionaries/entities/";

    private final Map<String, WordInfo> words = new HashMap<>();
    private final WordTable<WordInfo> table;
    private final PhraseIndex<String> organizations = new PhraseIndex<>();
    private final PhraseIndex<Place> places = new PhraseIndex<>();
    private final PhraseIndex<String> publicFigures = new PhraseIndex<>();

    public EntityLexicon(AcronymDictionary acronyms, TagDictionary tags, PostDictionary posts) {
        Set<String> givenNames = new HashSet<>(DictionaryFile.lines(DIR + "given-names.txt"));
        DictionaryFile.lines(DIR + "name-particles.txt").forEach(w -> update(w, i -> with(i, "particle")));
        DictionaryFile.lines(DIR + "reporting-verbs.txt").forEach(w -> update(w, i -> with(i, "verb")));
        for (String word : DictionaryFile.lines(DIR + "not-names.txt")) {
            update(word, WordInfo::asNotName);
            update(word.toUpperCase(java.util.Locale.ROOT), WordInfo::asNotName);
        }
        Map<String, TitleWord> titles = new HashMap<>();
        for (String[] row : DictionaryFile.rows(DIR + "titles.tsv", 3)) {
            if (row[1].equals("domain") || row[1].equals("modifier")) {
                update(row[0], i -> with(i, "domain"));
            }
            if (!row[1].equals("domain")) {
                titles.putIfAbsent(row[0], new TitleWord(row[1], row[2].isEmpty() ? null : row[2]));
            }
        }
        for (String[] row : DictionaryFile.rows(DIR + "organization-words.tsv", 2)) {
            update(row[0], i -> new WordInfo(i.givenName(), i.particle(), i.reportingVerb(), i.notName(), i.titleDomain(),
                    i.title(), i.lowerCaseOffice(), row[1], i.demonym(), i.opensPhrase()));
        }
        for (String[] row : DictionaryFile.rows(DIR + "demonyms.tsv", 2)) {
            update(row[0], i -> new WordInfo(i.givenName(), i.particle(), i.reportingVerb(), i.notName(), i.titleDomain(),
                    i.title(), i.lowerCaseOffice(), i.organizationWord(), row[1], i.opensPhrase()));
            update(row[0] + "s", WordInfo::asNotName);
        }
        for (String name : DictionaryFile.lines(DIR + "organizations.txt")) {
            organizations.add(name, name);
        }
        Map<String, Place> placesByName = places(tags, posts);
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
        placesByName.forEach((name, place) -> {
            if (name.length() >= 4 && !name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
                places.add(name.toUpperCase(java.util.Locale.ROOT), place);
            }
        });
        titles.forEach((word, title) -> {
            update(word, i -> new WordInfo(i.givenName(), i.particle(), i.reportingVerb(), i.notName(), i.titleDomain(),
                    title, i.lowerCaseOffice(), i.organizationWord(), i.demonym(), i.opensPhrase()));
            if (title.kind().equals("office") && Character.isUpperCase(word.charAt(0))
                    && word.chars().anyMatch(Character::isLowerCase)) {
                String lower = Character.toLowerCase(word.charAt(0)) + word.substring(1);
                update(lower, i -> i.lowerCaseOffice() != null ? i : new WordInfo(i.givenName(), i.particle(),
                        i.reportingVerb(), i.notName(), i.titleDomain(), i.title(), title, i.organizationWord(), i.demonym(),
                        i.opensPhrase()));
            }
        });
        givenNames.forEach(w -> update(w, i -> with(i, "given")));
        var variants = new NameVariants(this);
        for (String[] row : DictionaryFile.rows(DIR + "public-figures.txt", 2)) {
            publicFigures.add(row[0], row[0]);
            if (!row[1].equals("full")) {
                variants.of(Tokenizer.tokenize(row[0]).stream().map(Token::text).toList())
                        .forEach(variant -> publicFigures.add(variant, row[0]));
            }
        }
        for (PhraseIndex<?> index : java.util.List.of(organizations, places, publicFigures)) {
            index.firstWords().forEach(word -> update(word, WordInfo::asPhraseStart));
        }
        table = new WordTable<>(words);
    }

    private static Map<String, Place> places(TagDictionary tags, PostDictionary posts) {
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
        return placesByName;
    }

    private void update(String word, UnaryOperator<WordInfo> change) {
        words.put(word, change.apply(words.getOrDefault(word, WordInfo.NONE)));
    }

    private static WordInfo with(WordInfo i, String flag) {
        return new WordInfo(i.givenName() || flag.equals("given"), i.particle() || flag.equals("particle"),
                i.reportingVerb() || flag.equals("verb"), i.notName(), i.titleDomain() || flag.equals("domain"),
                i.title(), i.lowerCaseOffice(), i.organizationWord(), i.demonym(), i.opensPhrase());
    }

    /** What the lexicon knows about {@code word}; redactions ({@code XXXXXX}) never name anyone. */
    public WordInfo word(String word) {
        WordInfo info = table == null ? words.get(word) : table.get(word);
        if (info == null) {
            int hyphen = word.indexOf('-');
            if (hyphen > 0 && words.getOrDefault(word.substring(0, hyphen), WordInfo.NONE).givenName()) {
                return with(WordInfo.NONE, "given");
            }
            return word.startsWith("XXX") || word.startsWith("xxx") ? WordInfo.NONE.asNotName() : WordInfo.NONE;
        }
        return info;
    }

    public boolean isGivenName(String word) {
        return word(word).givenName();
    }

    public boolean isParticle(String word) {
        return word(word).particle();
    }

    /** Whether {@code word} is a capitalized word that never names a person (pronouns, months, Post ...). */
    public boolean isNotName(String word) {
        return word(word).notName();
    }

    /** The title word {@code word} is, or {@code null}. */
    public TitleWord title(String word) {
        return word(word).title();
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
