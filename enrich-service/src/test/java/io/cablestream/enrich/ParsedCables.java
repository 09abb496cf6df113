package io.cablestream.enrich;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.ParsedCable.ClassifiedBy;
import io.cablestream.contract.event.ParsedCable.Paragraph;
import io.cablestream.contract.event.ParsedCable.Recipient;
import io.cablestream.contract.event.ParsedCable.Reference;
import io.cablestream.contract.event.ParsedCable.RoutingHeader;
import java.util.ArrayList;
import java.util.List;

/** Synthetic parsed cables for enrich-service tests, written for these tests (no corpus text). */
public final class ParsedCables {

    private String referenceId = "09TESTPOST17";
    private String created = "2009-03-04T10:00:00Z";
    private String origin = "TESTPOST";
    private List<String> tags = List.of();
    private RoutingHeader routing;
    private List<Reference> references = List.of();
    private ClassifiedBy classifiedBy;
    private List<String> signers = List.of();
    private final List<Paragraph> paragraphs = new ArrayList<>();

    public static ParsedCables cable(String referenceId) {
        var cable = new ParsedCables();
        cable.referenceId = referenceId;
        return cable;
    }

    public static ParsedCable withTags(String... tags) {
        return cable("09TESTPOST17").tags(tags).paragraph("Synthetic paragraph.").build();
    }

    public static ParsedCable withIdAndTags(String referenceId, String... tags) {
        return cable(referenceId).tags(tags).paragraph("Synthetic paragraph.").build();
    }

    /**
     * A cable with every field the enrichers read: routing header, TAGS, REF list, "Classified By", signature
     * and paragraphs naming people, organizations, places and dates.
     */
    public static ParsedCable rich(String referenceId) {
        return cable(referenceId)
                .created("2009-03-04T10:00:00Z")
                .origin("Embassy Madrid")
                .tags("PREL", "PGOV", "SP", "ZZQX")
                .routing(new RoutingHeader("VZCZCXYZ0001", "PRIORITY", "041000Z MAR 09",
                        new Recipient("RUEHMD", "AMEMBASSY MADRID", null),
                        List.of(new Recipient("RUEHC", "SECSTATE WASHDC", "PRIORITY")),
                        List.of(new Recipient("RUEHZZZ", "TEST COLLECTIVE", "ROUTINE"))))
                .references(new Reference("A", "09STATE1234", "09 STATE 1234"), new Reference("B", null, "PHONE CALL"))
                .classifiedBy(new ClassifiedBy("Laura J. Whitfield", "DCM", List.of("1.4(b)")))
                .signers("WHITFIELD")
                .paragraph("During a February 27 meeting, EAP Deputy Assistant Secretary Laura Whitfield and GOJ "
                        + "representative Hiroshi Tanaka reviewed the agenda of the Working Group (WG) that meets in Tokyo "
                        + "March 9-10. DAS Whitfield said the WG should report by 2010.")
                .paragraph("Tanaka noted that FM Okada's schedule was full. Marco Bellini, Deputy Director, Adriatic "
                        + "Policy Institute, joined from Rome; see also 09MADRID555. WHITFIELD")
                .build();
    }

    public ParsedCables created(String created) {
        this.created = created;
        return this;
    }

    public ParsedCables origin(String origin) {
        this.origin = origin;
        return this;
    }

    public ParsedCables tags(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    public ParsedCables routing(RoutingHeader routing) {
        this.routing = routing;
        return this;
    }

    public ParsedCables references(Reference... references) {
        this.references = List.of(references);
        return this;
    }

    public ParsedCables classifiedBy(ClassifiedBy classifiedBy) {
        this.classifiedBy = classifiedBy;
        return this;
    }

    public ParsedCables signers(String... signers) {
        this.signers = List.of(signers);
        return this;
    }

    public ParsedCables paragraph(String text) {
        paragraphs.add(new Paragraph(paragraphs.size() + 1, "C", null, text));
        return this;
    }

    /** Adds a paragraph without number or marking, as the parser reads a block of an unnumbered body. */
    public ParsedCables unnumberedParagraph(String text) {
        paragraphs.add(new Paragraph(null, null, null, text));
        return this;
    }

    public ParsedCable build() {
        StringBuilder body = new StringBuilder();
        for (Paragraph paragraph : paragraphs) {
            body.append(paragraph.number() == null ? "" : paragraph.number() + ". (C) ").append(paragraph.text())
                    .append("\n\n");
        }
        return new ParsedCable(referenceId, "sha256:" + "0".repeat(64), "imp-test", "test", "text",
                new CableSource("test", null), created, new ParsedCable.Classification("CONFIDENTIAL", List.of("NOFORN")),
                origin, routing, null, null, tags, "TEST SUBJECT", references, classifiedBy, null, List.copyOf(paragraphs),
                List.of(), signers, body.toString().strip(), List.of(), List.of());
    }
}
