package io.cablestream.query.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Counts the values of {@link FacetDimension}s among the cables a search matched (or among all
 * cables), from the keyword fields' sorted-set doc values. The ordinal maps that join segments are
 * built once per index view and dropped when the view closes.
 */
final class FacetCounter {

    private static final Comparator<FacetValue> MOST_FREQUENT_FIRST =
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);

    private final Map<IndexReader.CacheKey, Map<String, StringDocValuesReaderState>> states = new ConcurrentHashMap<>();

    /**
     * The {@code limit} most frequent values of {@code dimension}.
     *
     * @param hits the matched cables, or {@code null} for every cable
     */
    Facet top(IndexSearcher searcher, FacetsCollector hits, FacetDimension dimension, int limit) throws IOException {
        var counts = counts(searcher, hits, dimension);
        if (dimension.labelled()) {
            List<FacetValue> all = merged(counts.getAllChildren(dimension.field()));
            return new Facet(dimension.toString(), all.size(),
                    all.stream().sorted(MOST_FREQUENT_FIRST).limit(limit).toList());
        }
        FacetResult top = counts.getTopChildren(limit, dimension.field());
        var values = new ArrayList<FacetValue>(top.labelValues.length);
        for (LabelAndValue value : top.labelValues) {
            values.add(new FacetValue(value.label, null, value.value.longValue()));
        }
        return new Facet(dimension.toString(), top.childCount, values);
    }

    /** The top values of each of {@code dimensions}, keyed by dimension name in the order asked. */
    Map<String, Facet> top(IndexSearcher searcher, FacetsCollector hits, List<FacetDimension> dimensions, int limit)
            throws IOException {
        Map<String, Facet> facets = new LinkedHashMap<>();
        for (FacetDimension dimension : dimensions) {
            facets.put(dimension.toString(), top(searcher, hits, dimension, limit));
        }
        return facets;
    }

    /** Every value of {@code dimension} with its count, in value order. */
    List<FacetValue> all(IndexSearcher searcher, FacetsCollector hits, FacetDimension dimension) throws IOException {
        List<FacetValue> all = merged(counts(searcher, hits, dimension).getAllChildren(dimension.field()));
        return all.stream().sorted(Comparator.comparing(FacetValue::value)).toList();
    }

    private StringValueFacetCounts counts(IndexSearcher searcher, FacetsCollector hits, FacetDimension dimension)
            throws IOException {
        StringDocValuesReaderState state = state(searcher.getIndexReader(), dimension.field());
        return hits == null ? new StringValueFacetCounts(state) : new StringValueFacetCounts(state, hits);
    }

    private StringDocValuesReaderState state(IndexReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Map<String, StringDocValuesReaderState> perReader = states.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(states::remove);
            return new ConcurrentHashMap<>();
        });
        StringDocValuesReaderState state = perReader.get(field);
        if (state == null) {
            state = new StringDocValuesReaderState(reader, field);
            perReader.put(field, state);
        }
        return state;
    }

    /** The counted values with labels split off; values written with and without a label are counted as one. */
    private static List<FacetValue> merged(FacetResult result) {
        Map<String, FacetValue> byValue = new LinkedHashMap<>();
        for (LabelAndValue counted : result.labelValues) {
            int separator = counted.label.indexOf(CableFields.LABEL_SEPARATOR);
            String value = separator < 0 ? counted.label : counted.label.substring(0, separator);
            String label = separator < 0 ? null : counted.label.substring(separator + 1);
            long count = counted.value.longValue();
            byValue.merge(value, new FacetValue(value, label, count), (a, b) ->
                    new FacetValue(value, a.label() != null ? a.label() : b.label(), a.count() + b.count()));
        }
        return List.copyOf(byValue.values());
    }
}
