package io.cablestream.enrich.dictionary;

import io.cablestream.contract.event.TagMeaning;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The project's TAGS dictionary, read from {@code dictionaries/tags.tsv} (code, kind, meaning,
 * ISO 3166 code for geographic tags, source). Codes are matched case-insensitively.
 */
@ApplicationScoped
public class TagDictionary {

    private static final String RESOURCE = "/dictionaries/tags.tsv";

    private final Map<String, TagMeaning> byCode = new HashMap<>();

    public TagDictionary() {
        try (var in = Objects.requireNonNull(TagDictionary.class.getResourceAsStream(RESOURCE), RESOURCE);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(f -> byCode.put(f[0], new TagMeaning(f[0], f[1], f[2], true)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The meaning of {@code code}, or an entry of kind {@code unknown} when the dictionary lacks it. */
    public TagMeaning explain(String code) {
        var known = byCode.get(code.toUpperCase(Locale.ROOT));
        return known != null ? new TagMeaning(code, known.kind(), known.meaning(), true)
                : new TagMeaning(code, "unknown", null, false);
    }

    public int size() {
        return byCode.size();
    }
}
