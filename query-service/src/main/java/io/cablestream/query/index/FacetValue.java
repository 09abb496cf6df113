package io.cablestream.query.index;

/**
 * One value of a facet and how many cables of the result list have it.
 *
 * @param value the value as a drill-down parameter takes it, e.g. {@code PREL}
 * @param label what the value stands for, e.g. {@code External Political Relations}, or {@code null}
 * @param count how many cables have the value
 */
public record FacetValue(String value, String label, long count) {
}
