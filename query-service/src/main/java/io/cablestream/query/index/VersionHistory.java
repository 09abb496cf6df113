package io.cablestream.query.index;

import io.cablestream.contract.event.RecordPosition;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * Every version of every cable seen on {@code cables.enriched.v1}, one document per reference ID
 * and content hash, in a Lucene index of its own beside the cable index, written like it
 * ({@link IndexWriterSettings}; stored fields in the default fast compression, as every cable is written
 * here once and read back rarely). Recording a version twice keeps one document, so replays
 * are harmless. Versions are ordered by when enrich-service produced them.
 */
final class VersionHistory implements Closeable {

    private static final String ID = "id";
    private static final String OF = "versionOf";
    private static final String KEY = "versionKey";
    private static final String HASH = "contentHash";
    private static final String IMPORT_ID = "importId";
    private static final String ENRICHED_AT = "enrichedAt";
    private static final String SUBJECT = "subject";
    private static final String BODY = "body";
    private static final String LEVEL = "level";
    private static final String RAW_PARTITION = "rawPartition";
    private static final String RAW_OFFSET = "rawOffset";
    private static final int MOST_VERSIONS = 10_000;
    private static final Sort OLDEST_FIRST;

    static {
        SortField enrichedAt = LongField.newSortField(ENRICHED_AT, false, SortedNumericSelector.Type.MIN);
        enrichedAt.setMissingValue(Long.MIN_VALUE);
        OLDEST_FIRST = new Sort(enrichedAt, new SortField(KEY, SortField.Type.STRING));
    }

    private final CableAnalyzer analyzer;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private VersionHistory(FSDirectory directory, CableAnalyzer analyzer) throws IOException {
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = new IndexWriter(directory, IndexWriterSettings.feeding(analyzer));
        this.searchers = new SearcherManager(writer, null);
    }

    static VersionHistory open(Path dir, CableAnalyzer analyzer) throws IOException {
        FSDirectory directory = FSDirectory.open(dir);
        try {
            return new VersionHistory(directory, analyzer);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Keeps {@code version}, replacing an earlier record of the same reference ID and content hash. */
    void record(CableVersion version) throws IOException {
        String of = normalized(version.id());
        String key = of + "@" + version.contentHash();
        var fields = new ArrayList<IndexableField>();
        fields.add(new StringField(OF, of, Field.Store.NO));
        fields.add(new StringField(KEY, key, Field.Store.NO));
        fields.add(new SortedDocValuesField(KEY, new BytesRef(key)));
        addStored(fields, ID, version.id());
        addStored(fields, HASH, version.contentHash());
        if (version.importId() != null) {
            fields.add(new StringField(IMPORT_ID, version.importId(), Field.Store.YES));
        }
        addStored(fields, SUBJECT, version.subject());
        addStored(fields, BODY, version.body());
        addStored(fields, LEVEL, version.level());
        fields.add(new StringField(CableFields.COLLECTION, ReaderAccess.collectionKey(version.collection()),
                Field.Store.YES));
        fields.add(new IntField(CableFields.REQUIRED_CLEARANCE, Clearance.requiredFor(version.level()).ordinal(),
                Field.Store.NO));
        if (version.enrichedAt() != null) {
            fields.add(new LongField(ENRICHED_AT, version.enrichedAt().toEpochMilli(), Field.Store.YES));
        }
        if (version.rawPosition() != null) {
            fields.add(new StoredField(RAW_PARTITION, version.rawPosition().partition()));
            fields.add(new StoredField(RAW_OFFSET, version.rawPosition().offset()));
        }
        writer.updateDocument(new Term(KEY, key), fields);
    }

    /** Forgets every version of the cable (it was deleted from the topic). */
    void forget(String id) throws IOException {
        writer.deleteDocuments(new Term(OF, normalized(id)));
    }

    void commit() throws IOException {
        writer.commit();
    }

    /** How many versions {@code access} may see are kept, over all cables. */
    int count(ReaderAccess access) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(access.restrict(new MatchAllDocsQuery()));
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many kept versions {@code access} may see came with the import {@code importId}. */
    int countFrom(String importId, ReaderAccess access) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(access.restrict(new TermQuery(new Term(IMPORT_ID, importId))));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The versions of the cable, oldest first; empty when none is kept. */
    List<CableVersion> of(String id) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            ScoreDoc[] docs = searcher.search(new TermQuery(new Term(OF, normalized(id))), MOST_VERSIONS, OLDEST_FIRST)
                    .scoreDocs;
            var versions = new ArrayList<CableVersion>(docs.length);
            for (ScoreDoc doc : docs) {
                Document stored = searcher.storedFields().document(doc.doc);
                IndexableField enrichedAt = stored.getField(ENRICHED_AT);
                versions.add(new CableVersion(stored.get(ID), stored.get(HASH), stored.get(IMPORT_ID),
                        enrichedAt == null ? null : Instant.ofEpochMilli(enrichedAt.numericValue().longValue()),
                        stored.get(SUBJECT), stored.get(BODY), stored.get(LEVEL), stored.get(CableFields.COLLECTION),
                        rawPosition(stored)));
            }
            return versions;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, directory);
    }

    /** A searcher that sees every version recorded so far; release it to {@link #searchers}. */
    private IndexSearcher acquire() throws IOException {
        searchers.maybeRefreshBlocking();
        return searchers.acquire();
    }

    /** The raw record's position, or {@code null} for a version recorded from an event that did not carry it. */
    private static RecordPosition rawPosition(Document stored) {
        IndexableField partition = stored.getField(RAW_PARTITION);
        IndexableField offset = stored.getField(RAW_OFFSET);
        return partition == null || offset == null ? null
                : new RecordPosition(partition.numericValue().intValue(), offset.numericValue().longValue());
    }

    private String normalized(String id) {
        return analyzer.keywordTerm(CableFields.ID, id);
    }

    private static void addStored(List<IndexableField> fields, String name, String value) {
        if (value != null) {
            fields.add(new StoredField(name, value));
        }
    }
}
