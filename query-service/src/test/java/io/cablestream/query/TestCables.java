package io.cablestream.query;

import io.cablestream.contract.event.Annotation;
import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.event.RecordPosition;
import io.cablestream.contract.event.TagMeaning;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.topic.Topics;
import io.cablestream.query.index.CableDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds EnrichedCable events for tests, with only the fields a test cares about set. */
public final class TestCables {

    private final String id;
    private String subject = "Subject";
    private String body = "Body";
    private String summary;
    private String created = "2007-08-02T14:37:00Z";
    private String origin = "Embassy Moscow";
    private String level = "CONFIDENTIAL";
    private List<String> caveats = List.of("NOFORN");
    private List<TagMeaning> tags = new ArrayList<>();
    private final Map<String, List<Map<String, String>>> entities = new LinkedHashMap<>();
    private List<ParsedCable.Reference> references = List.of();
    private String importId = "import-1";
    private String collection = RawCable.DEFAULT_COLLECTION;
    private Instant enrichedAt = Instant.parse("2026-01-01T00:00:00Z");
    private RecordPosition rawPosition;

    private TestCables(String id) {
        this.id = id;
    }

    public static TestCables cable(String id) {
        return new TestCables(id);
    }

    public TestCables subject(String subject) {
        this.subject = subject;
        return this;
    }

    public TestCables body(String body) {
        this.body = body;
        return this;
    }

    public TestCables summary(String summary) {
        this.summary = summary;
        return this;
    }

    public TestCables created(String created) {
        this.created = created;
        return this;
    }

    public TestCables origin(String origin) {
        this.origin = origin;
        return this;
    }

    public TestCables classification(String level, String... caveats) {
        this.level = level;
        this.caveats = List.of(caveats);
        return this;
    }

    public TestCables tag(String code, String meaning) {
        return tag(code, "subject", meaning);
    }

    public TestCables tag(String code, String kind, String meaning) {
        tags.add(new TagMeaning(code, kind, meaning, meaning != null));
        return this;
    }

    /** Adds an entity ({@code person}, {@code organization} or {@code location}) to the {@code entities} annotation, shaped as enrich-service writes it. */
    public TestCables entity(String kind, String name) {
        String group = switch (kind) {
            case "person" -> "people";
            case "organization" -> "organizations";
            default -> "locations";
        };
        entities.computeIfAbsent(group, g -> new ArrayList<>()).add(Map.of("name", name));
        return this;
    }

    /** Sets the REF list to one entry per reference ID, labelled A, B, C … */
    public TestCables references(String... ids) {
        var list = new ArrayList<ParsedCable.Reference>();
        for (int i = 0; i < ids.length; i++) {
            list.add(new ParsedCable.Reference(String.valueOf((char) ('A' + i)), ids[i], "REF " + ids[i]));
        }
        references = List.copyOf(list);
        return this;
    }

    public TestCables importId(String importId) {
        this.importId = importId;
        return this;
    }

    public TestCables collection(String collection) {
        this.collection = collection;
        return this;
    }

    public TestCables enrichedAt(String enrichedAt) {
        this.enrichedAt = Instant.parse(enrichedAt);
        return this;
    }

    public TestCables rawPosition(RecordPosition rawPosition) {
        this.rawPosition = rawPosition;
        return this;
    }

    public EnrichedCable build() {
        var cable = new ParsedCable(id, sha256(subject + "\n" + body), importId, collection, "test", "text",
                new CableSource("test", "entry 1"), created, new ParsedCable.Classification(level, caveats), origin,
                null, null, null, tags.stream().map(TagMeaning::code).toList(), subject, references, null, summary,
                List.of(), List.of(), List.of(), body, List.of(), List.of(), rawPosition);
        var annotations = new HashMap<String, Annotation>();
        annotations.put("tags", new Annotation("tags", "1", Json.MAPPER.valueToTree(tags)));
        if (!entities.isEmpty()) {
            annotations.put("entities", new Annotation("entities", "1", Json.MAPPER.valueToTree(entities)));
        }
        return new EnrichedCable(cable, annotations, enrichedAt);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record value as enrich-service publishes it. */
    public byte[] json() {
        return Topics.ENRICHED.encode(build());
    }

    public CableDocument document() {
        return CableDocument.of(json());
    }
}
