package io.cablestream.query.index;

import io.cablestream.contract.event.Annotation;
import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.TagMeaning;
import io.cablestream.contract.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * One cable as a Lucene document (see {@link CableFields} for the schema), built from an
 * {@link EnrichedCable} of {@code cables.enriched.v1} and the record's JSON bytes, which are stored
 * unchanged so that fields added by newer producers are served too.
 *
 * @param id the cable's reference ID, which identifies the document
 * @param fields the document's fields
 */
public record CableDocument(String id, List<IndexableField> fields) {

    /** The name of the annotation whose data lists {@link TagMeaning}s. */
    static final String TAGS_ANNOTATION = "tags";

    /**
     * Builds the document of {@code enriched}.
     *
     * @throws IllegalArgumentException when there is no cable, it has no reference ID, or its annotations do
     *     not fit the contract
     */
    public static CableDocument of(EnrichedCable enriched, byte[] json) {
        if (enriched == null || enriched.cable() == null) {
            throw new IllegalArgumentException("cable is missing");
        }
        ParsedCable cable = enriched.cable();
        if (cable.referenceId() == null || cable.referenceId().isBlank()) {
            throw new IllegalArgumentException("cable.referenceId is missing");
        }
        var fields = new ArrayList<IndexableField>();
        fields.add(new Field(CableFields.ID, cable.referenceId(), CableFields.KEYWORD));
        fields.add(new SortedDocValuesField(CableFields.ID, new BytesRef(cable.referenceId())));
        fields.add(new StoredField(CableFields.ID, cable.referenceId()));
        addText(fields, CableFields.SUBJECT, cable.subject());
        addText(fields, CableFields.BODY, cable.body());
        if (cable.tags() != null) {
            cable.tags().forEach(tag -> addKeyword(fields, CableFields.TAG, tag));
        }
        for (TagMeaning meaning : tagMeanings(enriched)) {
            if (meaning.meaning() != null) {
                fields.add(new TextField(CableFields.TAG_MEANING, meaning.meaning(), Field.Store.NO));
            }
        }
        addKeyword(fields, CableFields.ORIGIN, cable.origin());
        if (cable.classification() != null) {
            addKeyword(fields, CableFields.CLASSIFICATION, cable.classification().level());
            if (cable.classification().caveats() != null) {
                cable.classification().caveats().forEach(caveat -> addKeyword(fields, CableFields.CAVEAT, caveat));
            }
        }
        Instant created = parseCreated(cable.created());
        if (created != null) {
            fields.add(new LongField(CableFields.CREATED, created.toEpochMilli(), Field.Store.YES));
            addKeyword(fields, CableFields.YEAR, Integer.toString(created.atZone(ZoneOffset.UTC).getYear()));
        }
        fields.add(new StoredField(CableFields.JSON, json));
        return new CableDocument(cable.referenceId(), List.copyOf(fields));
    }

    private static List<TagMeaning> tagMeanings(EnrichedCable enriched) {
        Annotation tags = enriched.annotations() == null ? null : enriched.annotations().get(TAGS_ANNOTATION);
        if (tags == null || tags.data() == null || tags.data().isNull()) {
            return List.of();
        }
        try {
            return List.of(Json.MAPPER.convertValue(tags.data(), TagMeaning[].class));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("annotations.tags.data is not a list of tag meanings: " + e.getMessage(), e);
        }
    }

    /** The creation time, or {@code null} when the cable states none that ISO-8601 can read. */
    private static Instant parseCreated(String created) {
        if (created == null || created.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(created);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void addText(List<IndexableField> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(name, value, CableFields.HIGHLIGHTABLE_TEXT));
        }
    }

    private static void addKeyword(List<IndexableField> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(name, value, CableFields.KEYWORD));
            fields.add(new SortedSetDocValuesField(name, new BytesRef(value)));
            fields.add(new StoredField(name, value));
        }
    }
}
