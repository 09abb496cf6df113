package io.cablestream.query.index;

import java.util.List;

/**
 * The counted values of one facet dimension over a result list, most frequent first.
 *
 * @param dimension the dimension, e.g. {@code tag}
 * @param distinct how many different values the result list has
 * @param values the most frequent values, as many as asked for
 */
public record Facet(String dimension, int distinct, List<FacetValue> values) {
}
