package io.cablestream.query.index;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Where a page of results ended: the sort values of its last hit (score when ranked by relevance,
 * creation time, reference ID). The next page starts strictly after them, so paging never skips
 * or repeats a cable however deep it goes. Clients see it as an opaque URL-safe token.
 */
record Cursor(Float score, long created, String id) {

    private static final String NO_SCORE = "-";

    /** The cursor after {@code last}, a hit sorted by {@link CableSearch}'s relevance or newest-first sort. */
    static Cursor after(FieldDoc last, boolean byRelevance) {
        Object[] values = last.fields;
        int first = byRelevance ? 1 : 0;
        return new Cursor(byRelevance ? (Float) values[0] : null, (Long) values[first],
                ((BytesRef) values[first + 1]).utf8ToString());
    }

    /** The position to search after, for a search sorted by relevance or newest first. */
    FieldDoc toFieldDoc(boolean byRelevance) {
        if (byRelevance != (score != null)) {
            throw new InvalidQueryException("cursor belongs to a " + (byRelevance ? "listing without q" : "query")
                    + "; start again without cursor");
        }
        var id = new BytesRef(this.id);
        return byRelevance
                ? new FieldDoc(Integer.MAX_VALUE, score, new Object[] {score, created, id})
                : new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {created, id});
    }

    String encode() {
        String scoreText = score == null ? NO_SCORE : Integer.toHexString(Float.floatToIntBits(score));
        String text = scoreText + "." + created + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\.", 3);
            if (parts.length == 3) {
                Float score = parts[0].equals(NO_SCORE) ? null : Float.intBitsToFloat(Integer.parseUnsignedInt(parts[0], 16));
                return new Cursor(score, Long.parseLong(parts[1]), parts[2]);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidQueryException("cursor '" + token + "' is not one this service issued; "
                + "pass nextCursor from the previous page unchanged");
    }
}
