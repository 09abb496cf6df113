package io.cablestream.query.index;

import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Aggregate read models over the index: time histograms of result lists and statistics of the whole corpus. */
public final class CableStatistics {

    private static final int TOP = 10;
    private static final List<FacetDimension> TOP_DIMENSIONS =
            List.of(FacetDimension.TAG, FacetDimension.ORIGIN, FacetDimension.COUNTRY);

    private final CableIndex index;
    private final CableSearch search;

    public CableStatistics(CableIndex index, CableSearch search) {
        this.index = index;
        this.search = search;
    }

    /** The periods a histogram can count by. */
    public enum Interval {
        YEAR(FacetDimension.YEAR, key -> Year.parse(key).plusYears(1).toString()),
        MONTH(FacetDimension.MONTH, key -> YearMonth.parse(key).plusMonths(1).toString());

        private final FacetDimension dimension;
        private final UnaryOperator<String> next;

        Interval(FacetDimension dimension, UnaryOperator<String> next) {
            this.dimension = dimension;
            this.next = next;
        }

        /** The interval named {@code name}, ignoring case. */
        public static Interval named(String name) {
            for (Interval interval : values()) {
                if (interval.name().equalsIgnoreCase(name.strip())) {
                    return interval;
                }
            }
            throw new InvalidQueryException("interval must be year or month, was '" + name + "'");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How many cables matching {@code request} were created in each year or month. */
    public Histogram histogram(SearchRequest request, Interval interval) {
        List<FacetValue> counted = search.values(request, interval.dimension);
        var buckets = new ArrayList<Histogram.Bucket>();
        long dated = 0;
        for (FacetValue value : counted) {
            if (!buckets.isEmpty()) {
                for (String key = interval.next.apply(buckets.getLast().key()); key.compareTo(value.value()) < 0;
                        key = interval.next.apply(key)) {
                    buckets.add(new Histogram.Bucket(key, 0));
                }
            }
            buckets.add(new Histogram.Bucket(value.value(), value.count()));
            dated += value.count();
        }
        return new Histogram(interval.toString(), buckets, search.count(request) - dated);
    }

    /** Figures about every indexed cable {@code access} may see. */
    public CorpusStats stats(ReaderAccess access) {
        SearchRequest all = new SearchRequest(null, Map.of(), null, null, null, access);
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            distinct.put(dimension.toString(), search.facet(all, dimension, 1).distinct());
        }
        Map<String, List<FacetValue>> top = new LinkedHashMap<>();
        TOP_DIMENSIONS.forEach(dimension -> top.put(dimension.toString(), search.facet(all, dimension, TOP).values()));
        long dated = search.values(all, FacetDimension.YEAR).stream().mapToLong(FacetValue::count).sum();
        int cables = search.count(all);
        return new CorpusStats(cables, index.versionCount(access), cables - dated,
                firstCreated(SearchOrder.OLDEST, access), firstCreated(SearchOrder.NEWEST, access), distinct, search.values(all, FacetDimension.CLASSIFICATION), top);
    }

    private Instant firstCreated(SearchOrder order, ReaderAccess access) {
        List<SearchHit> first = search.search(new SearchRequest(null, Map.of(), null, null, order, access), 1, null,
                List.of(), 1).hits();
        return first.isEmpty() ? null : first.getFirst().created();
    }
}
