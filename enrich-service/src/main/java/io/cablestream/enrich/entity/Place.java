package io.cablestream.enrich.entity;

/**
 * A place the lexicon knows.
 *
 * @param name its canonical name ({@code United States} for {@code U.S.})
 * @param iso ISO 3166-1 alpha-2 of its country, or {@code null} for regions and disputed places
 * @param kind {@code country}, {@code region}, {@code province}, {@code city} or {@code site}
 */
public record Place(String name, String iso, String kind) {
}
