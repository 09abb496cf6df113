package io.cablestream.query.index;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Where a page of results ended: the order and the sort values of its last hit (score when ranked
 * by relevance, creation time, reference ID). The next page starts strictly after them, so paging
 * never skips or repeats a cable however deep it goes. Clients see it as an opaque URL-safe token.
 */
record Cursor(SearchOrder order, Float score, long created, String id) {

    /** The cursor after {@code last}, a hit sorted in {@code order}. */
    static Cursor after(FieldDoc last, SearchOrder order) {
        Object[] values = last.fields;
        int first = order.byScore() ? 1 : 0;
        return new Cursor(order, order.byScore() ? (Float) values[0] : null, (Long) values[first],
                ((BytesRef) values[first + 1]).utf8ToString());
    }

    /** The position to search after in {@code expected}, the order of the search this cursor continues. */
    FieldDoc toFieldDoc(SearchOrder expected) {
        if (order != expected) {
            throw new InvalidQueryException("cursor belongs to a search sorted by " + order + ", not by " + expected
                    + "; start again without cursor");
        }
        var id = new BytesRef(this.id);
        return order.byScore()
                ? new FieldDoc(Integer.MAX_VALUE, score, new Object[] {score, created, id})
                : new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {created, id});
    }

    String encode() {
        String scoreText = score == null ? "-" : Integer.toHexString(Float.floatToIntBits(score));
        String text = order.ordinal() + "." + scoreText + "." + created + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\.", 4);
            if (parts.length == 4) {
                SearchOrder order = SearchOrder.values()[Integer.parseInt(parts[0])];
                Float score = order.byScore() ? Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16)) : null;
                return new Cursor(order, score, Long.parseLong(parts[2]), parts[3]);
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new InvalidQueryException("cursor '" + token + "' is not one this service issued; "
                + "pass nextCursor from the previous page unchanged");
    }
}
