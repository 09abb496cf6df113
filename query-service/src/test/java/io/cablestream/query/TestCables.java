package io.cablestream.query;

import io.cablestream.contract.event.Annotation;
import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.TagMeaning;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.topic.Topics;
import io.cablestream.query.index.CableDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Builds EnrichedCable events for tests, with only the fields a test cares about set. */
public final class TestCables {

    private final String id;
    private String subject = "Subject";
    private String body = "Body";
    private String created = "2007-08-02T14:37:00Z";
    private String origin = "Embassy Moscow";
    private String level = "CONFIDENTIAL";
    private List<String> caveats = List.of("NOFORN");
    private List<TagMeaning> tags = new ArrayList<>();

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
        tags.add(new TagMeaning(code, "subject", meaning, meaning != null));
        return this;
    }

    public EnrichedCable build() {
        var cable = new ParsedCable(id, sha256(body), "import-1", "test", "text",
                new CableSource("test", "entry 1"), created, new ParsedCable.Classification(level, caveats), origin,
                null, null, null, tags.stream().map(TagMeaning::code).toList(), subject, List.of(), null, null,
                List.of(), List.of(), List.of(), body, List.of(), List.of());
        var annotation = new Annotation("tags", "1", Json.MAPPER.valueToTree(tags));
        return new EnrichedCable(cable, Map.of("tags", annotation), Instant.parse("2026-01-01T00:00:00Z"));
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
        return CableDocument.of(build(), json());
    }
}
