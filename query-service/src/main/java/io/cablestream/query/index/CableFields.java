package io.cablestream.query.index;

import java.util.List;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The index schema: field names (which are also the field names of the query syntax) and how
 * each kind of field is indexed. Keyword fields also carry their original value as sorted-set
 * doc values, ready for facet counts.
 */
public final class CableFields {

    /** Reference ID: keyword, sorted doc values (the paging tie-breaker), stored. */
    public static final String ID = "id";
    /** SUBJECT line: full text with offsets, stored. */
    public static final String SUBJECT = "subject";
    /** Cleaned body: full text with positions and offsets (highlighting), stored. */
    public static final String BODY = "body";
    /** TAGS codes: keyword, one value per code, stored. */
    public static final String TAG = "tag";
    /** What the TAGS codes stand for, from the {@code tags} annotation: full text. */
    public static final String TAG_MEANING = "tagMeaning";
    /** Origin post: keyword, stored. */
    public static final String ORIGIN = "origin";
    /** Classification level: keyword, stored. */
    public static final String CLASSIFICATION = "classification";
    /** Classification caveats (NOFORN, SIPDIS …): keyword, one value per caveat. */
    public static final String CAVEAT = "caveat";
    /** Creation time in epoch milliseconds: points, sortable doc values, stored. */
    public static final String CREATED = "created";
    /** Year of creation: keyword. */
    public static final String YEAR = "year";
    /** The EnrichedCable JSON exactly as read from the topic: stored only. */
    public static final String JSON = "json";

    /** Fields compared as whole values, case-insensitively. */
    public static final List<String> KEYWORDS = List.of(ID, TAG, ORIGIN, CLASSIFICATION, CAVEAT, YEAR);
    /** Fields a query may name. */
    public static final List<String> SEARCHABLE = List.of(ID, SUBJECT, BODY, TAG, TAG_MEANING, ORIGIN,
            CLASSIFICATION, CAVEAT, YEAR);
    /** Fields searched by terms that name no field. */
    public static final String[] DEFAULT_FIELDS = {SUBJECT, BODY};

    /** Indexed with the keyword analyzer (whole value, lower-cased), not stored. */
    static final FieldType KEYWORD = new FieldType();
    /** Tokenized, stored, with positions and offsets so the highlighter reads matches from the postings. */
    static final FieldType HIGHLIGHTABLE_TEXT = new FieldType();

    static {
        KEYWORD.setTokenized(true);
        KEYWORD.setOmitNorms(true);
        KEYWORD.setIndexOptions(IndexOptions.DOCS);
        KEYWORD.freeze();
        HIGHLIGHTABLE_TEXT.setTokenized(true);
        HIGHLIGHTABLE_TEXT.setStored(true);
        HIGHLIGHTABLE_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTABLE_TEXT.freeze();
    }

    private CableFields() {
    }
}
