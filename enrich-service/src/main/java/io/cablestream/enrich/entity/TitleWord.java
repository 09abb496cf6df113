package io.cablestream.enrich.entity;

/**
 * A word of a person's title.
 *
 * @param kind {@code office} (a role by itself: Ambassador, FM), {@code honorific} (Mr., Dr.) or
 *     {@code modifier} (only inside a longer title: Deputy, Foreign)
 * @param expansion the role it abbreviates (Foreign Minister for FM), or {@code null}
 */
public record TitleWord(String kind, String expansion) {

    public boolean isModifier() {
        return kind.equals("modifier");
    }
}
