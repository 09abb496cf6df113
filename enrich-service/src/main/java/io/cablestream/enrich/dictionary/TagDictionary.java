package io.cablestream.enrich.dictionary;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project's TAGS dictionary, read from {@code dictionaries/tags.tsv} (code, kind, meaning, ISO 3166 code
 * for geographic tags, source). Codes are matched case-insensitively; person tags written
 * {@code SURNAME, GIVEN} are recognized by their form. Also answers country names by ISO code.
 */
@Singleton
public class TagDictionary {

    static final String RESOURCE = "/dictionaries/tags.tsv";

    private static final Pattern PERSON_TAG = Pattern.compile("([\\p{L}'’ -]+),\\s*([\\p{L}'’. -]+)");

    private record Entry(String kind, String meaning, String iso) {
    }

    private final Map<String, Entry> byCode = new HashMap<>();
    private final Map<String, String> countryByIso = new HashMap<>();
    private final Map<String, String> organizations = new HashMap<>();

    public TagDictionary() {
        for (String[] row : DictionaryFile.rows(RESOURCE, 5)) {
            var entry = new Entry(row[1], row[2].isEmpty() ? null : row[2], row[3].isEmpty() ? null : row[3]);
            byCode.put(row[0].toUpperCase(Locale.ROOT), entry);
            if (entry.iso() != null && entry.meaning() != null) {
                countryByIso.putIfAbsent(entry.iso(), entry.meaning());
            }
            if (entry.kind().equals("organization") && entry.meaning() != null) {
                organizations.put(row[0], entry.meaning());
            }
        }
    }

    /** The meaning of {@code code}, or an entry of kind {@code unknown} when the dictionary lacks it. */
    public TagExplanation explain(String code) {
        var known = byCode.get(code.strip().toUpperCase(Locale.ROOT));
        if (known != null) {
            return new TagExplanation(code, known.kind(), known.meaning(), true, known.iso());
        }
        var person = PERSON_TAG.matcher(code.strip());
        if (person.matches()) {
            return new TagExplanation(code, "person", titleCase(person.group(2) + " " + person.group(1)), true, null);
        }
        return new TagExplanation(code, "unknown", null, false, null);
    }

    /** The country name the dictionary gives to ISO 3166-1 alpha-2 {@code iso}, or {@code null}. */
    public String countryName(String iso) {
        return iso == null ? null : countryByIso.get(iso);
    }

    /** Organization tags with a recorded expansion, by code as written in the dictionary (e.g. NATO). */
    public Map<String, String> organizations() {
        return Map.copyOf(organizations);
    }

    private static String titleCase(String words) {
        var out = new StringBuilder(words.length());
        boolean start = true;
        for (char c : words.strip().toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'' || c == '’';
        }
        return out.toString();
    }
}
