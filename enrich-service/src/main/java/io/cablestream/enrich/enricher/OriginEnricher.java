package io.cablestream.enrich.enricher;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.enrich.dictionary.Post;
import io.cablestream.enrich.dictionary.PostDictionary;
import io.cablestream.enrich.dictionary.TagDictionary;
import jakarta.inject.Singleton;

/**
 * Places the post a cable came from, found by the post code of its reference ID or else by its origin.
 * Output ({@code origin}): an {@link Origin}; an unknown post is kept with {@code known=false}.
 */
@Singleton
public class OriginEnricher implements Enricher {

    /** Where a cable was written; the location fields are absent when the post is unknown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Origin(String post, boolean known, String name, String type, String city, String country,
            String iso, Double latitude, Double longitude) {
    }

    private final PostDictionary posts;
    private final TagDictionary tags;

    public OriginEnricher(PostDictionary posts, TagDictionary tags) {
        this.posts = posts;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "origin";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public JsonNode enrich(ParsedCable cable) {
        String code = PostDictionary.codeOf(cable.referenceId()).orElse(null);
        var post = posts.byCode(code).or(() -> posts.byName(cable.origin()));
        return AnnotationData.of(post.map(this::located)
                .orElseGet(() -> new Origin(code, false, cable.origin(), null, null, null, null, null, null)));
    }

    private Origin located(Post post) {
        return new Origin(post.code(), true, post.name(), post.type(), post.city(), tags.countryName(post.iso()),
                post.iso(), post.latitude(), post.longitude());
    }
}
