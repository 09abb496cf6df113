package io.cablestream.query.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Streams every cable matching a {@link SearchRequest}, however many, in the request's order: it
 * walks the result list a page at a time on one unchanging view of the index and hands each cable
 * to a sink as soon as it is read, so memory stays bounded by the page size.
 */
public final class CableExport {

    private final CableIndex index;
    private final int pageSize;

    /**
     * @param pageSize how many matches are located per pass over the index
     */
    public CableExport(CableIndex index, int pageSize) {
        this.index = index;
        this.pageSize = pageSize;
    }

    /** Receives the exported cables one at a time. */
    @FunctionalInterface
    public interface CableSink {

        void accept(ExportedCable cable) throws IOException;
    }

    /**
     * Hands every cable matching {@code request} to {@code sink}.
     *
     * @return how many cables were exported
     * @throws IOException when the sink fails, e.g. because the client went away
     */
    public long export(SearchRequest request, CableSink sink) throws IOException {
        Query query = request.toQuery(index.analyzer());
        SearchOrder order = request.effectiveOrder();
        try {
            return index.read(searcher -> exportAll(searcher, query, order, sink));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private long exportAll(IndexSearcher searcher, Query query, SearchOrder order, CableSink sink) throws IOException {
        long exported = 0;
        FieldDoc after = null;
        while (true) {
            TopFieldDocs page = searcher.search(query, new TopFieldCollectorManager(order.sort(), pageSize, after, pageSize));
            for (ScoreDoc doc : page.scoreDocs) {
                sink.accept(cable(searcher.storedFields().document(doc.doc)));
                exported++;
            }
            if (page.scoreDocs.length < pageSize) {
                return exported;
            }
            after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
        }
    }

    private static ExportedCable cable(Document document) {
        IndexableField created = document.getField(CableFields.CREATED);
        BytesRef json = document.getBinaryValue(CableFields.JSON);
        return new ExportedCable(
                document.get(CableFields.ID),
                created == null ? null : Instant.ofEpochMilli(created.numericValue().longValue()),
                document.get(CableFields.CLASSIFICATION),
                List.of(document.getValues(CableFields.CAVEAT)),
                document.get(CableFields.ORIGIN),
                List.of(document.getValues(CableFields.TAG)),
                List.of(document.getValues(CableFields.COUNTRY)),
                document.get(CableFields.SUBJECT),
                List.of(document.getValues(CableFields.REF)),
                document.get(CableFields.BODY),
                Arrays.copyOfRange(json.bytes, json.offset, json.offset + json.length));
    }
}
