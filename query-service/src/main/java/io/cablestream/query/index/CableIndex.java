package io.cablestream.query.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * The materialized view of {@code cables.enriched.v1}: an on-disk Lucene index holding one
 * document per reference ID (in {@code cables/}), the {@link VersionHistory} of every cable (in
 * {@code versions/}), and the Kafka position both reflect. Each commit stores, in the cable
 * index's user data, the next offset to read for every partition, so a reopened index tells the
 * feeder where to resume; the history is committed first, and recording a version twice is
 * harmless, so a crash between the two commits loses nothing. One thread writes and refreshes (the
 * feeder), one thread at a time commits, while the writes go on (a commit holds at least what was written
 * before the offsets it stores were taken, and replaying the rest is harmless); any number of threads
 * read. Refresh listeners learn which cables each refresh made visible. The small segments that refreshes
 * and their merges write stay in memory ({@link NRTCachingDirectory}) until a commit writes and syncs them
 * with the commit that names them, so a refresh creates no files; a crash loses only what the next start
 * replays from the stored offsets anyway.
 */
public final class CableIndex implements Closeable {

    private static final String OFFSET_PREFIX = "kafka.offset/";
    /** Segments written by a refresh or merged up to this size stay in memory until a commit writes them to disk. */
    private static final double CACHED_SEGMENT_MB = 4;
    /** At most this much of such segments is held in memory; beyond it they are written to disk at once. */
    private static final double CACHED_MB = 32;

    private final CableAnalyzer analyzer;
    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final VersionHistory versions;
    private final Set<String> unrefreshed = new LinkedHashSet<>();
    private final List<Consumer<List<String>>> refreshListeners = new CopyOnWriteArrayList<>();
    private volatile Map<TopicPartition, Long> committedOffsets;

    private CableIndex(Path dir, Directory directory, VersionHistory versions, CableAnalyzer analyzer)
            throws IOException {
        this.dir = dir;
        this.analyzer = analyzer;
        this.directory = directory;
        this.versions = versions;
        this.writer = new IndexWriter(directory, IndexWriterSettings.feeding(analyzer));
        this.searchers = new SearcherManager(writer, null);
        this.committedOffsets = offsetsOf(writer.getLiveCommitData());
    }

    /** Opens the index in {@code dir}, creating an empty one when there is none. */
    public static CableIndex open(Path dir) throws IOException {
        Directory directory = new NRTCachingDirectory(FSDirectory.open(Files.createDirectories(dir.resolve("cables"))),
                CACHED_SEGMENT_MB, CACHED_MB);
        var analyzer = new CableAnalyzer();
        VersionHistory versions = null;
        try {
            versions = VersionHistory.open(Files.createDirectories(dir.resolve("versions")), analyzer);
            return new CableIndex(dir, directory, versions, analyzer);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(versions, directory, analyzer);
            throw e;
        }
    }

    /**
     * Adds the cable, replacing any document with the same reference ID, and records its version.
     *
     * @throws IllegalArgumentException when Lucene refuses the document (e.g. a keyword value too long to index)
     */
    public void upsert(CableDocument cable) throws IOException {
        writer.updateDocument(idTerm(cable.id()), cable.fields());
        versions.record(cable.version());
        unrefreshed.add(cable.id());
    }

    /** Removes the cable with this reference ID and its versions (a tombstone on the compacted topic). */
    public void delete(String id) throws IOException {
        writer.deleteDocuments(idTerm(id));
        versions.forget(id);
    }

    /** Makes everything written so far visible to searches, then tells the refresh listeners which cables it added or changed. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
        if (!unrefreshed.isEmpty()) {
            List<String> visible = List.copyOf(unrefreshed);
            unrefreshed.clear();
            refreshListeners.forEach(listener -> listener.accept(visible));
        }
    }

    /** Registers {@code listener} to receive the reference IDs of the cables each refresh made visible, on the writing thread. */
    public void onRefresh(Consumer<List<String>> listener) {
        refreshListeners.add(listener);
    }

    /**
     * Makes everything written so far durable, together with the Kafka position it reflects.
     *
     * @param nextOffsets for each partition, the offset of the next record to read
     */
    public void commit(Map<TopicPartition, Long> nextOffsets) throws IOException {
        Map<String, String> userData = new HashMap<>();
        nextOffsets.forEach((tp, offset) -> userData.put(OFFSET_PREFIX + tp.topic() + "/" + tp.partition(),
                Long.toString(offset)));
        versions.commit();
        writer.setLiveCommitData(userData.entrySet());
        writer.commit();
        committedOffsets = Map.copyOf(nextOffsets);
    }

    /** For each partition, the offset of the next record to read, as of the last commit. */
    public Map<TopicPartition, Long> committedOffsets() {
        return committedOffsets;
    }

    /** The stored EnrichedCable JSON of the cable with this reference ID, when {@code access} may see it. */
    public Optional<byte[]> json(String id, ReaderAccess access) {
        return read(searcher -> {
            var top = searcher.search(access.restrict(new TermQuery(idTerm(id))), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            BytesRef json = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(CableFields.JSON))
                    .getBinaryValue(CableFields.JSON);
            return Optional.of(Arrays.copyOfRange(json.bytes, json.offset, json.offset + json.length));
        });
    }

    /** Whether the cable with this reference ID is indexed and {@code access} may see it. */
    boolean visible(String id, ReaderAccess access) {
        return read(searcher -> searcher.count(access.restrict(new TermQuery(idTerm(id)))) > 0);
    }

    /** The content hash of the indexed version of the cable, when the cable is indexed. */
    Optional<String> contentHash(String id) {
        return read(searcher -> {
            var top = searcher.search(new TermQuery(idTerm(id)), 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.ofNullable(searcher.storedFields()
                    .document(top.scoreDocs[0].doc, Set.of(CableFields.CONTENT_HASH)).get(CableFields.CONTENT_HASH));
        });
    }

    /** Every kept version of the cable, oldest first; empty when the cable was never indexed or was deleted. */
    List<CableVersion> versions(String id) {
        try {
            return new ArrayList<>(versions.of(id));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** How many versions {@code access} may see are kept, over all cables. */
    int versionCount(ReaderAccess access) {
        try {
            return versions.count(access);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * How many cable versions that came with the import {@code importId} are indexed: the current version of
     * a cable, or an earlier one a later version replaced in searches but that is kept in its history;
     * only versions {@code access} may see are counted.
     */
    public int versionsFrom(String importId, ReaderAccess access) {
        try {
            return versions.countFrom(importId, access);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** How many cables searches currently see. */
    public int count() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Runs {@code search} on the latest refreshed view of the index. */
    <T> T read(SearcherFunction<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    CableAnalyzer analyzer() {
        return analyzer;
    }

    /** Closes the index; changes since the last {@link #commit} are committed with the offsets of that commit. */
    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, directory, versions, analyzer);
    }

    private UncheckedIOException unreadable(IOException e) {
        return new UncheckedIOException("cannot read the index in " + dir, e);
    }

    private Term idTerm(String id) {
        return new Term(CableFields.ID, analyzer.keywordTerm(CableFields.ID, id));
    }

    private static Map<TopicPartition, Long> offsetsOf(Iterable<Map.Entry<String, String>> userData) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        if (userData != null) {
            for (var entry : userData) {
                if (entry.getKey().startsWith(OFFSET_PREFIX)) {
                    String topicPartition = entry.getKey().substring(OFFSET_PREFIX.length());
                    int slash = topicPartition.lastIndexOf('/');
                    offsets.put(new TopicPartition(topicPartition.substring(0, slash),
                            Integer.parseInt(topicPartition.substring(slash + 1))), Long.parseLong(entry.getValue()));
                }
            }
        }
        return Map.copyOf(offsets);
    }

    /** A read of the index that may fail with an {@link IOException}. */
    @FunctionalInterface
    interface SearcherFunction<T> {

        T apply(IndexSearcher searcher) throws IOException;
    }
}
