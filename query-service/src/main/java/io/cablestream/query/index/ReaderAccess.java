package io.cablestream.query.index;

import io.cablestream.contract.event.RawCable;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.IntField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * What one reader may see: cables at or below a {@link Clearance}, in some collections. The only
 * place where visibility is decided: every read model combines {@link #restrict} into its Lucene
 * query (searches, facets, exports, listings, histograms, statistics, links, the live feed), and
 * reads by reference ID ask {@link #permits}.
 *
 * @param clearance the highest level the reader may see
 * @param collections the collections the reader may see (names compare ignoring case), or {@value #ALL_COLLECTIONS}
 *     among them for every collection
 */
public record ReaderAccess(Clearance clearance, Set<String> collections) {

    /** In {@link #collections}, grants every collection. */
    public static final String ALL_COLLECTIONS = "*";
    /** Sees every cable: administrators, and the service's own bookkeeping. */
    public static final ReaderAccess EVERYTHING = new ReaderAccess(Clearance.TOP_SECRET, Set.of(ALL_COLLECTIONS));

    public ReaderAccess {
        collections = collections.stream().map(ReaderAccess::collectionKey).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the reader sees every cable. */
    public boolean unrestricted() {
        return clearance == Clearance.TOP_SECRET && collections.contains(ALL_COLLECTIONS);
    }

    /** Whether the reader may see a cable of classification level {@code level} in {@code collection}. */
    public boolean permits(String level, String collection) {
        return Clearance.requiredFor(level).compareTo(clearance) <= 0
                && (collections.contains(ALL_COLLECTIONS) || collections.contains(collectionKey(collection)));
    }

    /** {@code query} narrowed to the cables the reader may see (indexed by {@link CableDocument}). */
    Query restrict(Query query) {
        if (unrestricted()) {
            return query;
        }
        var restricted = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (clearance != Clearance.TOP_SECRET) {
            restricted.add(IntField.newRangeQuery(CableFields.REQUIRED_CLEARANCE, 0, clearance.ordinal()), Occur.FILTER);
        }
        if (!collections.contains(ALL_COLLECTIONS)) {
            restricted.add(new TermInSetQuery(CableFields.COLLECTION,
                    collections.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        return restricted.build();
    }

    /** Collection names compare ignoring case, as the keyword field indexes them. */
    static String collectionKey(String collection) {
        return collection == null ? RawCable.DEFAULT_COLLECTION : collection.toLowerCase(Locale.ROOT);
    }
}
