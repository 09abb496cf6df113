package io.cablestream.enrich.dictionary;

/**
 * A U.S. diplomatic post, as {@code dictionaries/posts.tsv} describes it.
 *
 * @param code the post code used in reference IDs, e.g. {@code MOSCOW}
 * @param type {@code embassy}, {@code consulate}, {@code mission}, {@code office} or {@code department}
 * @param name e.g. {@code Embassy Moscow}
 * @param city e.g. {@code Moscow}
 * @param iso ISO 3166-1 alpha-2 of the host country, or {@code null} where disputed
 * @param latitude WGS 84 latitude of the city, degrees
 * @param longitude WGS 84 longitude of the city, degrees
 */
public record Post(String code, String type, String name, String city, String iso, double latitude,
        double longitude) {
}
