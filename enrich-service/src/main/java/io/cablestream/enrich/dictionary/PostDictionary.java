package io.cablestream.enrich.dictionary;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The project's dictionary of U.S. posts ({@code dictionaries/posts.tsv}): finds a post by the code of a
 * reference ID ({@code 07MOSCOW3804} is from {@code MOSCOW}) or by its name ({@code Embassy Moscow}).
 */
@Singleton
public class PostDictionary {

    private static final Pattern REFERENCE_ID = Pattern.compile("\\d{2}([A-Z]+?)\\d+");

    private final Map<String, Post> byCode = new HashMap<>();
    private final Map<String, Post> byName = new HashMap<>();

    public PostDictionary() {
        for (String[] row : DictionaryFile.rows("/dictionaries/posts.tsv", 7)) {
            var post = new Post(row[0], row[1], row[2], row[3], row[4].isEmpty() ? null : row[4],
                    Double.parseDouble(row[5]), Double.parseDouble(row[6]));
            byCode.put(post.code(), post);
            byName.putIfAbsent(key(post.name()), post);
        }
    }

    /** The post code in a reference ID, e.g. {@code MOSCOW} for {@code 07MOSCOW3804}, if it has that form. */
    public static Optional<String> codeOf(String referenceId) {
        if (referenceId == null) {
            return Optional.empty();
        }
        var matcher = REFERENCE_ID.matcher(referenceId.strip().toUpperCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public Optional<Post> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The post named {@code name} (e.g. {@code Embassy Moscow}, any case), or the post whose code it is. */
    public Optional<Post> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        var post = byName.get(key(name));
        return post != null ? Optional.of(post) : byCode(name.replaceAll("[^A-Za-z]", ""));
    }

    public Collection<Post> all() {
        return byCode.values();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
