package io.cablestream.enrich.enricher;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.enrich.dictionary.PostDictionary;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links a cable to the cables it cites: the cable IDs of its REF list, then canonical cable IDs written in its
 * paragraphs whose post the dictionary knows. Output ({@code links}): {@link Links}; the query side answers
 * "cited by" by inverting {@code cites}.
 */
@Singleton
public class LinkEnricher implements Enricher {

    /** The reference IDs a cable cites, in order of appearance, without duplicates or itself. */
    public record Links(List<String> cites) {
    }

    private static final Pattern CABLE_ID = Pattern.compile("\\b(\\d{2}[A-Z]{3,25}\\d{1,6})\\b");
    private static final int MAX_ID_LENGTH = 33;

    private final PostDictionary posts;

    public LinkEnricher(PostDictionary posts) {
        this.posts = posts;
    }

    @Override
    public String name() {
        return "links";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public JsonNode enrich(ParsedCable cable) {
        Set<String> cites = new LinkedHashSet<>();
        if (cable.references() != null) {
            cable.references().stream()
                    .filter(reference -> reference != null && reference.referenceId() != null)
                    .forEach(reference -> cites.add(reference.referenceId().toUpperCase(Locale.ROOT)));
        }
        for (String text : Paragraphs.texts(cable)) {
            var matcher = CABLE_ID.matcher(text).useTransparentBounds(true);
            for (int i = 0; i + 3 < text.length(); i++) {
                if (Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i + 1))
                        && Character.isUpperCase(text.charAt(i + 2))
                        && matcher.region(i, Math.min(text.length(), i + MAX_ID_LENGTH + 1)).lookingAt()) {
                    String id = matcher.group(1);
                    if (PostDictionary.codeOf(id).flatMap(posts::byCode).isPresent()) {
                        cites.add(id);
                    }
                    i = matcher.end();
                }
            }
        }
        if (cable.referenceId() != null) {
            cites.remove(cable.referenceId().toUpperCase(Locale.ROOT));
        }
        return AnnotationData.of(new Links(List.copyOf(cites)));
    }
}
