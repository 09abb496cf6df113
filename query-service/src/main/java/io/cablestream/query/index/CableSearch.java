package io.cablestream.query.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Searches the {@link CableIndex} for a {@link SearchRequest}: one page of highlighted hits at a
 * time, linked by {@link Cursor}s so every match can be reached with no result window, with counts
 * of facet values over the whole result list; facet listings, hit counts, and which of a few given
 * cables a request matches (for the live feed).
 */
public final class CableSearch {

    private final CableIndex index;
    private final int maxLimit;
    private final HitReader hitReader;
    private final FacetCounter facetCounter = new FacetCounter();

    public CableSearch(CableIndex index, int maxLimit) {
        this.index = index;
        this.maxLimit = maxLimit;
        this.hitReader = new HitReader(index.analyzer());
    }

    /**
     * One page of the cables matching {@code request}, with the facets asked for counted over all of them.
     *
     * @param limit how many hits the page holds at most
     * @param cursor {@link SearchPage#nextCursor()} of the previous page, or {@code null} for the first page
     * @param facets the dimensions to count
     * @param facetLimit how many values of each dimension to return
     * @throws InvalidQueryException when the query, a limit or the cursor cannot be used
     */
    public SearchPage search(SearchRequest request, int limit, String cursor, List<FacetDimension> facets,
            int facetLimit) {
        checkLimit("limit", limit);
        if (!facets.isEmpty()) {
            checkLimit("facetLimit", facetLimit);
        }
        SearchOrder order = request.effectiveOrder();
        Query query = request.toQuery(index.analyzer());
        FieldDoc after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor).toFieldDoc(order);
        var top = new TopFieldCollectorManager(order.sort(), limit + 1, after, Integer.MAX_VALUE);
        return index.read(searcher -> {
            TopFieldDocs found;
            Map<String, Facet> counted = Map.of();
            if (facets.isEmpty()) {
                found = searcher.search(query, top);
            } else {
                Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
                found = (TopFieldDocs) results[0];
                counted = facetCounter.top(searcher, (FacetsCollector) results[1], facets, facetLimit);
            }
            ScoreDoc[] page = Arrays.copyOf(found.scoreDocs, Math.min(limit, found.scoreDocs.length));
            String next = found.scoreDocs.length > limit ? Cursor.after((FieldDoc) page[limit - 1], order).encode() : null;
            return new SearchPage(found.totalHits.value(), hitReader.read(searcher, query, page), next, counted);
        });
    }

    /**
     * Checks that {@code request} can run, before a response is committed to streaming its results.
     *
     * @throws InvalidQueryException when the query or a date cannot be read
     */
    public void validate(SearchRequest request) {
        request.toQuery(index.analyzer());
    }

    /** The {@code limit} most frequent values of {@code dimension} among the cables matching {@code request}. */
    public Facet facet(SearchRequest request, FacetDimension dimension, int limit) {
        checkLimit("limit", limit);
        Query query = request.toQuery(index.analyzer());
        return index.read(searcher -> facetCounter.top(searcher, matching(searcher, request, query), dimension, limit));
    }

    /** Every value of {@code dimension} among the cables matching {@code request}, with counts, in value order. */
    public List<FacetValue> values(SearchRequest request, FacetDimension dimension) {
        Query query = request.toQuery(index.analyzer());
        return index.read(searcher -> facetCounter.all(searcher, matching(searcher, request, query), dimension));
    }

    /** How many cables match {@code request}. */
    public int count(SearchRequest request) {
        Query query = request.toQuery(index.analyzer());
        return index.read(searcher -> searcher.count(query));
    }

    /** The hits, with snippets, among the cables {@code ids} that match {@code request}, in the request's order. */
    public List<SearchHit> among(SearchRequest request, Collection<String> ids) {
        List<BytesRef> terms = ids.stream()
                .map(id -> new BytesRef(index.analyzer().keywordTerm(CableFields.ID, id)))
                .toList();
        Query query = request.toQuery(index.analyzer());
        Query restricted = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermInSetQuery(CableFields.ID, terms), Occur.FILTER)
                .build();
        return index.read(searcher -> {
            TopFieldDocs found = searcher.search(restricted, Math.max(1, ids.size()), request.effectiveOrder().sort());
            return hitReader.read(searcher, query, found.scoreDocs);
        });
    }

    /** The matches of {@code query}, or {@code null} when the request matches every cable (faster to count). */
    private static FacetsCollector matching(IndexSearcher searcher, SearchRequest request, Query query)
            throws IOException {
        return request.matchesAll() ? null : searcher.search(query, new FacetsCollectorManager());
    }

    private void checkLimit(String name, int limit) {
        if (limit < 1 || limit > maxLimit) {
            throw new InvalidQueryException(name + " must be between 1 and " + maxLimit + ", was " + limit);
        }
    }
}
