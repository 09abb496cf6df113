package io.cablestream.enrich.dictionary;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One TAGS code explained; the {@code tags} annotation is a list of these. The first four fields are those of
 * the contract's {@code TagMeaning}; {@code iso} is added for geographic tags.
 *
 * @param code the code as written, e.g. {@code KN}
 * @param kind {@code subject}, {@code program}, {@code geographic}, {@code region}, {@code organization},
 *     {@code person} or {@code unknown}
 * @param meaning what the code stands for, or {@code null} when not recorded
 * @param known whether the dictionary (or the person-tag form {@code SURNAME, GIVEN}) knows the code
 * @param iso ISO 3166-1 alpha-2 code of a geographic tag's country, e.g. {@code KP}; absent otherwise
 */
public record TagExplanation(String code, String kind, String meaning, boolean known,
        @JsonInclude(JsonInclude.Include.NON_NULL) String iso) {
}
