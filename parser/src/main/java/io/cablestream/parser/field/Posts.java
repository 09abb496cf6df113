package io.cablestream.parser.field;

import io.cablestream.parser.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The posts that send cables (from {@code posts.tsv}): the post as written in reference IDs and
 * banners ({@code RIO DE JANEIRO}) and the origin name it goes by ({@code Consulate Rio De Janeiro}).
 */
public final class Posts {

    private static final String RESOURCE = "/io/cablestream/parser/posts.tsv";
    private static final Map<String, String> ORIGIN_BY_POST = load();
    private static final Map<String, String> POST_BY_COMPACT_NAME = compactIndex();

    private Posts() {
    }

    /** True when {@code post} (any case, single spaces) is a known post, e.g. {@code THE HAGUE}. */
    public static boolean isKnown(String post) {
        return ORIGIN_BY_POST.containsKey(normalize(post));
    }

    /** The origin name of a known post, e.g. {@code Embassy Moscow} for {@code MOSCOW}. */
    public static Optional<String> originName(String post) {
        return Optional.ofNullable(ORIGIN_BY_POST.get(normalize(post)));
    }

    /** The known post whose name without spaces is {@code compact}, e.g. {@code ABU DHABI} for {@code ABUDHABI}. */
    public static Optional<String> byCompactName(String compact) {
        return Optional.ofNullable(POST_BY_COMPACT_NAME.get(compact.toUpperCase(Locale.ROOT)));
    }

    private static String normalize(String post) {
        return String.join(" ", Words.of(post.toUpperCase(Locale.ROOT)));
    }

    private static Map<String, String> load() {
        Map<String, String> posts = new HashMap<>();
        try (InputStream in = Posts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    posts.put(line.substring(0, tab), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(posts);
    }

    private static Map<String, String> compactIndex() {
        Map<String, String> index = new HashMap<>();
        ORIGIN_BY_POST.keySet().forEach(post -> index.put(post.replace(" ", ""), post));
        return Map.copyOf(index);
    }
}
