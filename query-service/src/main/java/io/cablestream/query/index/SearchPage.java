package io.cablestream.query.index;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many cables match, over all pages
 * @param hits this page's cables, best (or, without a query, newest) first
 * @param nextCursor what to pass as {@code cursor} for the next page, or {@code null} on the last page
 */
public record SearchPage(long total, List<SearchHit> hits, String nextCursor) {
}
