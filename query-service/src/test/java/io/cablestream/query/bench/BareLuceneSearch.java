package io.cablestream.query.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The benchmark's baseline: the same search done with Lucene's own API in-process, with no HTTP,
 * no JSON and no service code: parse the query over subject and body, collect the top 20 by
 * relevance with an exact hit count and the matching documents, count four facets from the
 * keyword doc values (ordinal maps built once, the index does not change), highlight the body of
 * the top 20 and load their summary fields.
 */
final class BareLuceneSearch implements AutoCloseable {

    static final List<String> FACETS = List.of("tag", "origin", "country", "year");
    private static final int TOP = 20;
    private static final Set<String> SUMMARY = Set.of("id", "subject", "created", "origin", "classification", "tag");

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final Map<String, StringDocValuesReaderState> states = new HashMap<>();

    BareLuceneSearch(Path cables) throws IOException {
        directory = FSDirectory.open(cables);
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        for (String facet : FACETS) {
            states.put(facet, new StringDocValuesReaderState(reader, facet));
        }
    }

    /** Runs {@code q}; returns the number of matches so the work cannot be optimized away. */
    long search(String q) throws IOException {
        Query query;
        try {
            query = new MultiFieldQueryParser(new String[] {"subject", "body"}, analyzer).parse(q);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
        Object[] results = searcher.search(query,
                new MultiCollectorManager(new TopScoreDocCollectorManager(TOP, Integer.MAX_VALUE),
                        new FacetsCollectorManager()));
        TopDocs top = (TopDocs) results[0];
        FacetsCollector hits = (FacetsCollector) results[1];
        long values = 0;
        for (String facet : FACETS) {
            values += new StringValueFacetCounts(states.get(facet), hits).getTopChildren(10, facet).childCount;
        }
        String[] snippets = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), 200, 0.5f))
                .withMaxNoHighlightPassages(1)
                .withMaxLength(100_000)
                .build()
                .highlight("body", query, top, 1);
        for (ScoreDoc doc : top.scoreDocs) {
            values += searcher.storedFields().document(doc.doc, SUMMARY).getFields().size();
        }
        return top.totalHits.value() + values + snippets.length;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
