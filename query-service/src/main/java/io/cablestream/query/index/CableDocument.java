package io.cablestream.query.index;

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
 * One cable as a Lucene document (see {@link CableFields} for the schema), built from the JSON bytes of a
 * {@code cables.enriched.v1} record ({@link EnrichedFieldsReader} reads what the index needs), which are stored
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
     * Builds the document of the {@code cables.enriched.v1} record value {@code json}.
     *
     * @throws io.cablestream.contract.json.MalformedEventException when {@code json} is not an EnrichedCable JSON
     *     document
     * @throws IllegalArgumentException when there is no cable, it has no reference ID, or its annotations do
     *     not fit the contract
     */
    public static CableDocument of(byte[] json) {
        EnrichedFields cable = EnrichedFieldsReader.read(json);
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
        addTags(fields, cable.tags(), cable.tagMeanings());
        for (Annotations.Entity entity : cable.entities()) {
            fields.add(new TextField(CableFields.ENTITY, entity.name(), Field.Store.NO));
            switch (entity.kind()) {
                case Annotations.PERSON -> addUnstoredKeyword(fields, CableFields.PERSON, entity.name());
                case Annotations.ORGANIZATION -> addUnstoredKeyword(fields, CableFields.ORGANIZATION, entity.name());
                default -> {
                    // places and other kinds are searchable through the entity field only
                }
            }
        }
        addKeyword(fields, CableFields.ORIGIN, cable.origin());
        addKeyword(fields, CableFields.CLASSIFICATION, cable.level());
        cable.caveats().forEach(caveat -> addKeyword(fields, CableFields.CAVEAT, caveat));
        Instant created = parseCreated(cable.created());
        if (created != null) {
            fields.add(new LongField(CableFields.CREATED, created.toEpochMilli(), Field.Store.YES));
            YearMonth month = YearMonth.from(created.atZone(ZoneOffset.UTC));
            addUnstoredKeyword(fields, CableFields.YEAR, Integer.toString(month.getYear()));
            addUnstoredKeyword(fields, CableFields.MONTH, month.toString());
        }
        cable.references().forEach(ref -> addKeyword(fields, CableFields.REF, ref));
        addKeyword(fields, CableFields.IMPORT_ID, cable.importId());
        addKeyword(fields, CableFields.COLLECTION, cable.collection());
        fields.add(new IntField(CableFields.REQUIRED_CLEARANCE, Clearance.requiredFor(cable.level()).ordinal(),
                Field.Store.NO));
        if (cable.contentHash() != null) {
            fields.add(new StoredField(CableFields.CONTENT_HASH, cable.contentHash()));
        }
        fields.add(new StoredField(CableFields.JSON, json));
        var version = new CableVersion(cable.referenceId(), cable.contentHash(), cable.importId(), cable.enrichedAt(),
                cable.subject(), cable.body(), cable.level(), cable.collection(), cable.rawPosition());
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
    private static String lead(EnrichedFields cable) {
        String lead = cable.summary();
        if (lead == null || lead.isBlank()) {
            lead = cable.firstParagraph();
        }
        if (lead == null || lead.isBlank()) {
            lead = cable.body();
        }
        if (lead == null || lead.isBlank()) {
            return null;
        }
        return collapsed(lead, LEAD_CHARS);
    }

    /**
     * The first {@code most} characters of {@code text} stripped, with each run of ASCII spaces (regular
     * expressions' {@code \s}) turned into one space; it reads no further than it needs to.
     */
    private static String collapsed(String text, int most) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        var flat = new StringBuilder(Math.min(most, end - start));
        boolean space = false;
        for (int i = start; i < end && flat.length() < most; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) {
                    flat.append(' ');
                    space = false;
                    if (flat.length() == most) {
                        break;
                    }
                }
                flat.append(c);
            }
        }
        return flat.toString();
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
            addUnstoredKeyword(fields, name, value, facetValue);
            fields.add(new StoredField(name, value));
        }
    }

    /** A keyword no hit, export or read model shows: indexed and counted in facets, not stored. */
    private static void addUnstoredKeyword(List<IndexableField> fields, String name, String value) {
        addUnstoredKeyword(fields, name, value, value);
    }

    private static void addUnstoredKeyword(List<IndexableField> fields, String name, String value, String facetValue) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(name, value, CableFields.KEYWORD));
            fields.add(new SortedSetDocValuesField(name, new BytesRef(facetValue)));
        }
    }
}
