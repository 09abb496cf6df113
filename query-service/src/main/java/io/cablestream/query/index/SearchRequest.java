package io.cablestream.query.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Which cables a request is about and in what order: a query in Lucene's classic syntax, drill-down
 * filters on keyword fields (values of one field are alternatives, different fields must all
 * match), a creation-date range, the order, and what the reader may see. Every read model that
 * takes a search (search, export, facets, histogram, live feed) takes one of these, and its query
 * never reaches beyond the reader's {@link ReaderAccess}.
 *
 * @param q query text; blank matches every cable
 * @param filters keyword field ({@link CableFields#KEYWORDS}) to the values a cable must have one of
 * @param from earliest creation date (see {@link DateSpan}), inclusive, or {@code null}
 * @param to latest creation date, inclusive of the whole period written (e.g. the whole day), or {@code null}
 * @param order the order, or {@code null} for relevance when there is query text and newest first otherwise
 * @param access the cables the reader may see
 */
public record SearchRequest(String q, Map<String, List<String>> filters, String from, String to, SearchOrder order,
        ReaderAccess access) {

    public SearchRequest {
        Objects.requireNonNull(access, "access");
        var kept = new LinkedHashMap<String, List<String>>();
        filters.forEach((field, values) -> {
            if (!CableFields.KEYWORDS.contains(field)) {
                throw new InvalidQueryException("cannot filter on " + field + "; filters are "
                        + String.join(", ", CableFields.KEYWORDS));
            }
            List<String> nonBlank = values.stream().filter(value -> value != null && !value.isBlank()).toList();
            if (!nonBlank.isEmpty()) {
                kept.put(field, nonBlank);
            }
        });
        filters = Map.copyOf(kept);
        from = from == null || from.isBlank() ? null : from;
        to = to == null || to.isBlank() ? null : to;
    }

    /** Every cable matching {@code q}, in the default order, with no restriction on what is seen. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, Map.of(), null, null, null, ReaderAccess.EVERYTHING);
    }

    /** Whether the request has query text, which makes relevance the default order. */
    public boolean hasText() {
        return q != null && !q.isBlank();
    }

    /** Whether the request matches every cable: no text, no filter, no dates, no restriction of access. */
    public boolean matchesAll() {
        return !hasText() && filters.isEmpty() && from == null && to == null && access.unrestricted();
    }

    /** The order results come in. */
    public SearchOrder effectiveOrder() {
        if (order == null || (order == SearchOrder.RELEVANCE && !hasText())) {
            return hasText() ? SearchOrder.RELEVANCE : SearchOrder.NEWEST;
        }
        return order;
    }

    /**
     * The Lucene query: the parsed text as the scoring part, filters, date range and access as non-scoring clauses.
     *
     * @throws InvalidQueryException when the text or a date cannot be read
     */
    Query toQuery(CableAnalyzer analyzer) {
        Query text = hasText() ? CableQueryParser.parse(q, analyzer) : new MatchAllDocsQuery();
        if (filters.isEmpty() && from == null && to == null) {
            return access.restrict(text);
        }
        var query = new BooleanQuery.Builder().add(text, Occur.MUST);
        filters.forEach((field, values) -> {
            var anyOf = new BooleanQuery.Builder();
            values.forEach(value -> anyOf.add(new TermQuery(new Term(field, analyzer.keywordTerm(field, value))),
                    Occur.SHOULD));
            query.add(anyOf.build(), Occur.FILTER);
        });
        if (from != null || to != null) {
            long lower = from == null ? Long.MIN_VALUE : span("from", from).start();
            long upper = to == null ? Long.MAX_VALUE : span("to", to).end() - 1;
            query.add(LongField.newRangeQuery(CableFields.CREATED, lower, upper), Occur.FILTER);
        }
        return access.restrict(query.build());
    }

    private static DateSpan span(String parameter, String date) {
        try {
            return DateSpan.parse(date);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(parameter + ": " + e.getMessage());
        }
    }
}
