package io.cablestream.query.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;

/**
 * The orders a result list can be sorted in. Every order ends with the reference ID, so the order
 * is total and a {@link Cursor} marks an exact position in it. Undated cables come last.
 */
public enum SearchOrder {

    /** Best match first, then newest first. */
    RELEVANCE(new Sort(SortField.FIELD_SCORE, byCreated(true), byId())),
    /** Newest first. */
    NEWEST(new Sort(byCreated(true), byId())),
    /** Oldest first. */
    OLDEST(new Sort(byCreated(false), byId()));

    private final Sort sort;

    SearchOrder(Sort sort) {
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }

    /** Whether the first sort value is the score. */
    boolean byScore() {
        return this == RELEVANCE;
    }

    /** The order named {@code name} ({@code relevance}, {@code newest}, {@code oldest}), ignoring case. */
    public static SearchOrder named(String name) {
        return Arrays.stream(values())
                .filter(order -> order.name().equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidQueryException("sort must be one of " + Arrays.stream(values())
                        .map(SearchOrder::toString).collect(Collectors.joining(", ")) + ", was '" + name + "'"));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static SortField byCreated(boolean newestFirst) {
        SortField field = LongField.newSortField(CableFields.CREATED, newestFirst, SortedNumericSelector.Type.MIN);
        field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return field;
    }

    private static SortField byId() {
        return new SortField(CableFields.ID, SortField.Type.STRING);
    }
}
