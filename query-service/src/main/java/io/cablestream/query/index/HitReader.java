package io.cablestream.query.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Turns matched documents into {@link SearchHit}s: the summary fields from the stored fields and a
 * snippet, HTML-escaped: the passage of the body around the query's matches, marked, or the cable's lead
 * (summary or first paragraph) when the body holds no match.
 */
final class HitReader {

    private static final int SNIPPET_CHARS = 200;
    private static final float CENTERED = 0.5f;
    private static final int HIGHLIGHT_SCAN_CHARS = 100_000;
    private static final Set<String> HIT_FIELDS = Set.of(CableFields.ID, CableFields.SUBJECT, CableFields.CREATED,
            CableFields.ORIGIN, CableFields.CLASSIFICATION, CableFields.CAVEAT, CableFields.TAG, CableFields.LEAD);

    private final CableAnalyzer analyzer;

    HitReader(CableAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The hits of {@code docs}, in their order, with snippets for {@code query}. */
    List<SearchHit> read(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
        String[] snippets = snippets(searcher, query, docs);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document stored = searcher.storedFields().document(docs[i].doc, HIT_FIELDS);
            String snippet = snippets[i] == null ? lead(stored.get(CableFields.LEAD)) : snippets[i].strip();
            hits.add(hit(stored, snippet));
        }
        return hits;
    }

    /** The hit of one stored document, without snippet. */
    static SearchHit hit(Document document, String snippet) {
        IndexableField created = document.getField(CableFields.CREATED);
        return new SearchHit(
                document.get(CableFields.ID),
                document.get(CableFields.SUBJECT),
                created == null ? null : Instant.ofEpochMilli(created.numericValue().longValue()),
                document.get(CableFields.ORIGIN),
                document.get(CableFields.CLASSIFICATION),
                List.of(document.getValues(CableFields.CAVEAT)),
                List.of(document.getValues(CableFields.TAG)),
                snippet);
    }

    /** The stored fields {@link #hit} reads. */
    static Set<String> hitFields() {
        return HIT_FIELDS;
    }

    /** The lead cut at a word near {@link #SNIPPET_CHARS}, HTML-escaped; null when the cable has none. */
    private static String lead(String lead) {
        if (lead == null) {
            return null;
        }
        String cut = lead;
        if (lead.length() > SNIPPET_CHARS) {
            int space = lead.lastIndexOf(' ', SNIPPET_CHARS);
            cut = lead.substring(0, space > SNIPPET_CHARS / 2 ? space : SNIPPET_CHARS) + " …";
        }
        StringBuilder escaped = new StringBuilder(cut.length() + 16);
        for (char c : cut.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
        var highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, CENTERED))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(HIGHLIGHT_SCAN_CHARS)
                .build();
        var topDocs = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        return highlighter.highlight(CableFields.BODY, query, topDocs, 1);
    }
}
