package io.cablestream.enrich.acronym;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * An acronym a cable uses; the {@code acronyms} annotation is a list of these in order of first use, each written
 * by {@link AcronymUseJson}.
 *
 * @param acronym as written, e.g. {@code GOR}
 * @param expansion what it stands for, or {@code null} when unknown
 * @param kind for dictionary acronyms: {@code organization}, {@code title}, {@code term} or {@code place}
 * @param known whether an expansion was found
 * @param source {@code cable} when the cable defines it ("Working Group (WG)"), {@code dictionary} otherwise;
 *     absent when unknown
 * @param count how many times the paragraphs use it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSerialize(using = AcronymUseJson.class)
public record AcronymUse(String acronym, String expansion, String kind, boolean known, String source, int count) {
}
