package io.cablestream.query.index;

import java.util.List;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The index schema: field names (which are also the field names of the query syntax and of the
 * drill-down parameters) and how each kind of field is indexed. Keyword fields also carry their
 * value as sorted-set doc values, which facet counts read.
 */
public final class CableFields {

    /** Reference ID: keyword, sorted doc values (the paging tie-breaker), stored. */
    public static final String ID = "id";
    /** SUBJECT line: full text with offsets, stored. */
    public static final String SUBJECT = "subject";
    /** Cleaned body: full text with positions and offsets (highlighting), stored. */
    public static final String BODY = "body";
    /**
     * Stored only: the summary, else the first paragraph, else the body's start, shown as a hit's snippet when
     * the query matches
     * nothing in the body (no query, or a match in another field).
     */
    public static final String LEAD = "lead";
    /** TAGS codes: keyword, one value per code, stored; doc values hold code and meaning ({@link #LABEL_SEPARATOR}). */
    public static final String TAG = "tag";
    /** What the TAGS codes stand for, from the {@code tags} annotation: full text. */
    public static final String TAG_MEANING = "tagMeaning";
    /** Countries named by geographic TAGS (their meaning, else their code): keyword, stored. */
    public static final String COUNTRY = "country";
    /** Origin post: keyword, stored. */
    public static final String ORIGIN = "origin";
    /** Classification level: keyword, stored. */
    public static final String CLASSIFICATION = "classification";
    /** Classification caveats (NOFORN, SIPDIS …): keyword, one value per caveat, stored. */
    public static final String CAVEAT = "caveat";
    /** People named in the cable, from the {@code entities} annotation: keyword. */
    public static final String PERSON = "person";
    /** Organizations named in the cable, from the {@code entities} annotation: keyword. */
    public static final String ORGANIZATION = "organization";
    /** Names of every entity (people, organizations, places) of the {@code entities} annotation: full text. */
    public static final String ENTITY = "entity";
    /** Creation time in epoch milliseconds: points, sortable doc values, stored. */
    public static final String CREATED = "created";
    /** Year of creation, e.g. {@code 2007}: keyword. */
    public static final String YEAR = "year";
    /** Year and month of creation, e.g. {@code 2007-08}: keyword. */
    public static final String MONTH = "month";
    /** Reference IDs of the cables this one cites (its REF list): keyword, stored. */
    public static final String REF = "ref";
    /** The collection of the import that delivered this version of the cable: keyword, stored. */
    public static final String COLLECTION = "collection";
    /** The {@link Clearance} a reader needs to see the cable, as its ordinal: int points and doc values. */
    public static final String REQUIRED_CLEARANCE = "requiredClearance";
    /** The import batch that delivered this version of the cable: keyword, stored. */
    public static final String IMPORT_ID = "importId";
    /** Hash of the raw text this version was parsed from: stored only. */
    public static final String CONTENT_HASH = "contentHash";
    /** The EnrichedCable JSON exactly as read from the topic: stored only. */
    public static final String JSON = "json";

    /** Separates a value from its human-readable label in facet doc values, e.g. {@code PREL␟External Political Relations}. */
    static final char LABEL_SEPARATOR = '\u001f';

    /** Fields compared as whole values, case-insensitively; each can also narrow a search as a drill-down parameter. */
    public static final List<String> KEYWORDS = List.of(ID, TAG, COUNTRY, ORIGIN, CLASSIFICATION, CAVEAT, PERSON,
            ORGANIZATION, YEAR, MONTH, REF, IMPORT_ID, COLLECTION);
    /** Fields a query may name. */
    public static final List<String> SEARCHABLE = List.of(ID, SUBJECT, BODY, TAG, TAG_MEANING, COUNTRY, ORIGIN,
            CLASSIFICATION, CAVEAT, PERSON, ORGANIZATION, ENTITY, CREATED, YEAR, MONTH, REF, IMPORT_ID, COLLECTION);
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
