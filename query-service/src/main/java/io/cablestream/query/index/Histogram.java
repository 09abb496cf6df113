package io.cablestream.query.index;

import java.util.List;

/**
 * How many cables of a result list were created in each period, with no period left out between
 * the first and the last.
 *
 * @param interval {@code year} or {@code month}
 * @param buckets one per period, oldest first, e.g. key {@code 2007-08}
 * @param undated how many cables of the result list have no creation date
 */
public record Histogram(String interval, List<Bucket> buckets, long undated) {

    /**
     * One period.
     *
     * @param key the period, e.g. {@code 2007} or {@code 2007-08}
     * @param count how many cables were created in it
     */
    public record Bucket(String key, long count) {
    }
}
