package io.cablestream.query.index;

import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total how many cables match, over all pages
 * @param hits this page's cables, best (or, without a query, newest) first
 * @param nextCursor what to pass as {@code cursor} for the next page, or {@code null} on the last page
 * @param facets the facets asked for, counted over all matching cables, keyed by dimension
 */
public record SearchPage(long total, List<SearchHit> hits, String nextCursor, Map<String, Facet> facets) {
}
