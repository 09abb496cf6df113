package io.cablestream.query.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Searches the {@link CableIndex} with Lucene's classic query syntax (terms without a field search
 * subject and body), one page at a time: ranked by relevance, or newest first when there is no
 * query. Pages are linked by {@link Cursor}s, so every match can be reached, with no result window.
 */
public final class CableSearch {

    private static final int SNIPPET_CHARS = 200;
    private static final float CENTERED = 0.5f;
    private static final int HIGHLIGHT_SCAN_CHARS = 100_000;
    private static final Set<String> HIT_FIELDS = Set.of(CableFields.ID, CableFields.SUBJECT, CableFields.CREATED,
            CableFields.ORIGIN, CableFields.CLASSIFICATION, CableFields.TAG);
    private static final Sort NEWEST_FIRST = new Sort(newestFirst(), byId());
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, newestFirst(), byId());

    private final CableIndex index;
    private final int maxLimit;

    public CableSearch(CableIndex index, int maxLimit) {
        this.index = index;
        this.maxLimit = maxLimit;
    }

    /**
     * One page of the cables matching {@code q}.
     *
     * @param q a query in Lucene's classic syntax; blank lists every cable, newest first
     * @param limit how many hits the page holds at most
     * @param cursor {@link SearchPage#nextCursor()} of the previous page, or {@code null} for the first page
     * @throws InvalidQueryException when the query, limit or cursor cannot be used
     */
    public SearchPage search(String q, int limit, String cursor) {
        if (limit < 1 || limit > maxLimit) {
            throw new InvalidQueryException("limit must be between 1 and " + maxLimit + ", was " + limit);
        }
        boolean byRelevance = q != null && !q.isBlank();
        Query query = byRelevance ? parse(q) : new MatchAllDocsQuery();
        FieldDoc after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor).toFieldDoc(byRelevance);
        var collector = new TopFieldCollectorManager(byRelevance ? BY_RELEVANCE : NEWEST_FIRST, limit + 1, after,
                Integer.MAX_VALUE);
        return index.read(searcher -> {
            TopFieldDocs top = searcher.search(query, collector);
            ScoreDoc[] page = Arrays.copyOf(top.scoreDocs, Math.min(limit, top.scoreDocs.length));
            String[] snippets = snippets(searcher, query, page);
            List<SearchHit> hits = new ArrayList<>(page.length);
            for (int i = 0; i < page.length; i++) {
                String snippet = snippets[i] == null ? null : snippets[i].strip();
                hits.add(hit(searcher.storedFields().document(page[i].doc, HIT_FIELDS), snippet));
            }
            String next = top.scoreDocs.length > limit
                    ? Cursor.after((FieldDoc) page[limit - 1], byRelevance).encode()
                    : null;
            return new SearchPage(top.totalHits.value(), hits, next);
        });
    }

    private Query parse(String q) {
        var parser = new MultiFieldQueryParser(CableFields.DEFAULT_FIELDS, index.analyzer());
        Query query;
        try {
            query = parser.parse(q);
        } catch (ParseException e) {
            throw new InvalidQueryException(parserMessage(e));
        }
        Set<String> unknown = new TreeSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!CableFields.SEARCHABLE.contains(field)) {
                    unknown.add(field);
                }
                return true;
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidQueryException("unknown field " + String.join(", ", unknown)
                    + "; searchable fields are " + String.join(", ", CableFields.SEARCHABLE));
        }
        return query;
    }

    /** The parser's explanation up to the list of expected tokens, e.g. {@code Cannot parse 'a AND': Encountered "<EOF>" at line 1, column 5.} */
    private static String parserMessage(ParseException e) {
        String message = e.getMessage();
        int expected = message.indexOf("Was expecting");
        return (expected < 0 ? message : message.substring(0, expected)).strip().replaceAll("\\s+", " ");
    }

    private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        var highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, CENTERED))
                .withMaxNoHighlightPassages(1)
                .withMaxLength(HIGHLIGHT_SCAN_CHARS)
                .build();
        var docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        return highlighter.highlight(CableFields.BODY, query, docs, 1);
    }

    private static SearchHit hit(Document document, String snippet) {
        IndexableField created = document.getField(CableFields.CREATED);
        return new SearchHit(
                document.get(CableFields.ID),
                document.get(CableFields.SUBJECT),
                created == null ? null : Instant.ofEpochMilli(created.numericValue().longValue()),
                document.get(CableFields.ORIGIN),
                document.get(CableFields.CLASSIFICATION),
                List.of(document.getValues(CableFields.TAG)),
                snippet);
    }

    private static SortField newestFirst() {
        SortField field = LongField.newSortField(CableFields.CREATED, true, SortedNumericSelector.Type.MIN);
        field.setMissingValue(Long.MIN_VALUE);
        return field;
    }

    private static SortField byId() {
        return new SortField(CableFields.ID, SortField.Type.STRING);
    }
}
