package io.cablestream.query.index;

import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.TagMeaning;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
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
 * unchanged so that fields added by newer producers are served too; plus the {@link CableVersion}
 * the version history keeps of it.
 *
 * @param id the cable's reference ID, which identifies the document
 * @param fields the document's fields
 * @param version this version of the cable, for the version history
 */
public record CableDocument(String id, List<IndexableField> fields, CableVersion version) {

    private static final int LEAD_CHARS = 600;

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
        String lead = lead(cable);
        if (lead != null) {
            fields.add(new StoredField(CableFields.LEAD, lead));
        }
        addTags(fields, cable.tags(), Annotations.tagMeanings(enriched));
        for (Annotations.Entity entity : Annotations.entities(enriched)) {
            fields.add(new TextField(CableFields.ENTITY, entity.name(), Field.Store.NO));
            switch (entity.kind()) {
                case Annotations.PERSON -> addKeyword(fields, CableFields.PERSON, entity.name());
                case Annotations.ORGANIZATION -> addKeyword(fields, CableFields.ORGANIZATION, entity.name());
                default -> {
                    // places and other kinds are searchable through the entity field only
                }
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
            YearMonth month = YearMonth.from(created.atZone(ZoneOffset.UTC));
            addKeyword(fields, CableFields.YEAR, Integer.toString(month.getYear()));
            addKeyword(fields, CableFields.MONTH, month.toString());
        }
        if (cable.references() != null) {
            cable.references().stream()
                    .map(ParsedCable.Reference::referenceId)
                    .filter(ref -> ref != null && !ref.isBlank())
                    .distinct()
                    .forEach(ref -> addKeyword(fields, CableFields.REF, ref));
        }
        addKeyword(fields, CableFields.IMPORT_ID, cable.importId());
        addKeyword(fields, CableFields.COLLECTION, cable.collection());
        String level = cable.classification() == null ? null : cable.classification().level();
        fields.add(new IntField(CableFields.REQUIRED_CLEARANCE, Clearance.requiredFor(level).ordinal(), Field.Store.NO));
        if (cable.contentHash() != null) {
            fields.add(new StoredField(CableFields.CONTENT_HASH, cable.contentHash()));
        }
        fields.add(new StoredField(CableFields.JSON, json));
        var version = new CableVersion(cable.referenceId(), cable.contentHash(), cable.importId(), enriched.enrichedAt(),
                cable.subject(), cable.body(), level, cable.collection(), cable.rawPosition());
        return new CableDocument(cable.referenceId(), List.copyOf(fields), version);
    }

    /**
     * Each TAGS code as a keyword whose facet value carries its meaning, the meanings as text, and the
     * countries of the geographic codes.
     */
    private static void addTags(List<IndexableField> fields, List<String> codes, List<TagMeaning> meanings) {
        Map<String, String> meaningByCode = new LinkedHashMap<>();
        Set<String> countries = new LinkedHashSet<>();
        for (TagMeaning meaning : meanings) {
            if (meaning.meaning() != null) {
                fields.add(new TextField(CableFields.TAG_MEANING, meaning.meaning(), Field.Store.NO));
                meaningByCode.putIfAbsent(meaning.code(), meaning.meaning());
            }
            if (Annotations.GEOGRAPHIC.equals(meaning.kind()) && meaning.code() != null) {
                countries.add(meaning.meaning() != null ? meaning.meaning() : meaning.code());
            }
        }
        if (codes != null) {
            for (String code : codes) {
                String meaning = meaningByCode.get(code);
                addKeyword(fields, CableFields.TAG, code,
                        meaning == null ? code : code + CableFields.LABEL_SEPARATOR + meaning);
            }
        }
        countries.forEach(country -> addKeyword(fields, CableFields.COUNTRY, country));
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

    /**
     * The summary, else the first paragraph with text, else the body, with its spaces collapsed and shortened
     * to {@link #LEAD_CHARS}; null when the cable has no text.
     */
    private static String lead(ParsedCable cable) {
        String lead = cable.summary();
        if ((lead == null || lead.isBlank()) && cable.paragraphs() != null) {
            lead = cable.paragraphs().stream().map(ParsedCable.Paragraph::text)
                    .filter(text -> text != null && !text.isBlank()).findFirst().orElse(null);
        }
        if (lead == null || lead.isBlank()) {
            lead = cable.body();
        }
        if (lead == null || lead.isBlank()) {
            return null;
        }
        String flat = lead.strip().replaceAll("\\s+", " ");
        return flat.length() <= LEAD_CHARS ? flat : flat.substring(0, LEAD_CHARS);
    }

    private static void addText(List<IndexableField> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(name, value, CableFields.HIGHLIGHTABLE_TEXT));
        }
    }

    private static void addKeyword(List<IndexableField> fields, String name, String value) {
        addKeyword(fields, name, value, value);
    }

    private static void addKeyword(List<IndexableField> fields, String name, String value, String facetValue) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(name, value, CableFields.KEYWORD));
            fields.add(new SortedSetDocValuesField(name, new BytesRef(facetValue)));
            fields.add(new StoredField(name, value));
        }
    }
}
