package io.cablestream.enrich.dictionary;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The acronyms the project can expand: {@code dictionaries/acronyms.tsv} (organizations, titles, terms,
 * places) and the organization TAGS of {@link TagDictionary} that carry an expansion. Case-sensitive, as
 * cables write them ({@code GoI} and {@code GOI} are both listed).
 */
@Singleton
public class AcronymDictionary {

    private final Map<String, Acronym> byAcronym = new HashMap<>();

    public AcronymDictionary(TagDictionary tags) {
        for (String[] row : DictionaryFile.rows("/dictionaries/acronyms.tsv", 3)) {
            byAcronym.putIfAbsent(row[0], new Acronym(row[0], row[1], row[2]));
        }
        tags.organizations().forEach((code, meaning) -> {
            if (code.chars().noneMatch(Character::isWhitespace)) {
                byAcronym.putIfAbsent(code, new Acronym(code, meaning, "organization"));
            }
        });
    }

    public Optional<Acronym> find(String acronym) {
        return Optional.ofNullable(byAcronym.get(acronym));
    }

    public Collection<Acronym> all() {
        return byAcronym.values();
    }
}
