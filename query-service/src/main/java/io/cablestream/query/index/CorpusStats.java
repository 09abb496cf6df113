package io.cablestream.query.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Figures about everything this replica has indexed.
 *
 * @param cables how many cables are indexed
 * @param versions how many versions of them are kept
 * @param undated how many cables have no creation date
 * @param earliest the earliest creation time, or {@code null}
 * @param latest the latest creation time, or {@code null}
 * @param distinct for each facet dimension, how many different values the cables have
 * @param classifications how many cables have each classification level
 * @param top for TAGS, origins and countries, the most frequent values
 */
public record CorpusStats(int cables, int versions, long undated, Instant earliest, Instant latest,
        Map<String, Integer> distinct, List<FacetValue> classifications, Map<String, List<FacetValue>> top) {
}
