package io.cablestream.enrich.dictionary;

/**
 * An acronym and what it stands for.
 *
 * @param acronym as written, e.g. {@code GOR}
 * @param expansion e.g. {@code Government of Russia}
 * @param kind {@code organization}, {@code title}, {@code term} or {@code place}
 */
public record Acronym(String acronym, String expansion, String kind) {
}
