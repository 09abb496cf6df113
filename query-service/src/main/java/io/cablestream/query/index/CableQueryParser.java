package io.cablestream.query.index;

import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Lucene's classic query syntax over the cable fields: terms without a field search subject and
 * body, {@code created:} takes dates and date ranges ({@code created:2007-08},
 * {@code created:[2007-01-01 TO 2007-12-31]}, open ends with {@code *}), and a field the index does
 * not have is an error naming the fields it does. One parser per query; parsers are not thread-safe.
 */
final class CableQueryParser extends MultiFieldQueryParser {

    private static final String OPEN = "*";

    private CableQueryParser(Analyzer analyzer) {
        super(CableFields.DEFAULT_FIELDS, analyzer);
    }

    /**
     * The query {@code q} asks for.
     *
     * @throws InvalidQueryException saying where the syntax breaks, which date is unreadable or which field is unknown
     */
    static Query parse(String q, Analyzer analyzer) {
        Query query;
        try {
            query = new CableQueryParser(analyzer).parse(q);
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

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (CableFields.CREATED.equals(field)) {
            DateSpan span = span(queryText);
            return LongField.newRangeQuery(CableFields.CREATED, span.start(), span.end() - 1);
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return CableFields.CREATED.equals(field) ? getFieldQuery(field, queryText, true)
                : super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        if (CableFields.CREATED.equals(field)) {
            long lower = part1 == null || part1.equals(OPEN) ? Long.MIN_VALUE
                    : startInclusive ? span(part1).start() : span(part1).end();
            long upper = part2 == null || part2.equals(OPEN) ? Long.MAX_VALUE
                    : endInclusive ? span(part2).end() - 1 : span(part2).start() - 1;
            return LongField.newRangeQuery(CableFields.CREATED, lower, upper);
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    private static DateSpan span(String text) throws ParseException {
        try {
            return DateSpan.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParseException("created: " + e.getMessage());
        }
    }

    /** The parser's explanation up to the list of expected tokens, e.g. {@code Cannot parse 'a AND': Encountered "<EOF>" at line 1, column 5.} */
    private static String parserMessage(ParseException e) {
        String message = e.getMessage();
        int expected = message.indexOf("Was expecting");
        return (expected < 0 ? message : message.substring(0, expected)).strip().replaceAll("\\s+", " ");
    }
}
