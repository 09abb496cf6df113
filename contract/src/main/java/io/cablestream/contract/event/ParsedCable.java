package io.cablestream.contract.event;

import java.util.List;

/**
 * A cable broken into its fields by parse-service, published on {@code cables.parsed.v1}.
 * Optional fields are {@code null} (objects) or empty (lists) when the cable does not carry them.
 *
 * @param referenceId canonical reference ID, e.g. {@code 07MOSCOW3804}
 * @param contentHash hash of the raw text this was parsed from (same as on the raw event)
 * @param importId import batch of the raw cable
 * @param collection collection of the raw cable (see {@link RawCable#collection()}); readers are granted collections
 * @param parserVersion version of the parser that produced this event
 * @param format the format the text was parsed as ({@code seed}, {@code html}, {@code csv}, {@code text})
 * @param source where the raw text came from
 * @param created creation date-time, ISO-8601 in UTC (e.g. {@code 2007-08-02T14:37:00Z})
 * @param classification classification level and caveats
 * @param origin origin post, e.g. {@code Embassy Moscow} or {@code MOSCOW}
 * @param routing the telegram's routing header
 * @param sectionCount number of sections the cable was sent in, when stated
 * @param declassification executive order and declassification date, when stated
 * @param tags TAGS codes in the order written, e.g. {@code PREL}, {@code KN}
 * @param subject the SUBJECT line
 * @param references the REF list
 * @param classifiedBy the "Classified By" line
 * @param summary the summary paragraph's text, when the cable has one
 * @param paragraphs the body's paragraphs, numbered or not, with their markings
 * @param comments text of COMMENT sections
 * @param signers signature names at the end of the cable
 * @param body the cleaned body text (page breaks, banners and duplicates removed)
 * @param redactions redacted spans of the body
 * @param warnings disagreements and oddities noticed while parsing
 * @param rawPosition where the raw cable this was parsed from lies on {@code cables.raw.v1}, so that its text can be
 *        read with one seek; {@code null} when parsed outside the pipeline or on events written before it was added
 */
public record ParsedCable(
        String referenceId,
        String contentHash,
        String importId,
        String collection,
        String parserVersion,
        String format,
        CableSource source,
        String created,
        Classification classification,
        String origin,
        RoutingHeader routing,
        Integer sectionCount,
        Declassification declassification,
        List<String> tags,
        String subject,
        List<Reference> references,
        ClassifiedBy classifiedBy,
        String summary,
        List<Paragraph> paragraphs,
        List<String> comments,
        List<String> signers,
        String body,
        List<Redaction> redactions,
        List<String> warnings,
        RecordPosition rawPosition) {

    public ParsedCable {
        collection = collection == null || collection.isBlank() ? RawCable.DEFAULT_COLLECTION : collection;
    }

    /**
     * A cable of the {@value RawCable#DEFAULT_COLLECTION} collection read from no topic, for callers that know of
     * neither (tests, benchmarks).
     */
    public ParsedCable(String referenceId, String contentHash, String importId, String parserVersion, String format,
            CableSource source, String created, Classification classification, String origin, RoutingHeader routing,
            Integer sectionCount, Declassification declassification, List<String> tags, String subject,
            List<Reference> references, ClassifiedBy classifiedBy, String summary, List<Paragraph> paragraphs,
            List<String> comments, List<String> signers, String body, List<Redaction> redactions,
            List<String> warnings) {
        this(referenceId, contentHash, importId, RawCable.DEFAULT_COLLECTION, parserVersion, format, source, created,
                classification, origin, routing, sectionCount, declassification, tags, subject, references,
                classifiedBy, summary, paragraphs, comments, signers, body, redactions, warnings, null);
    }

    /** Classification level (e.g. {@code CONFIDENTIAL}) and caveats (e.g. {@code NOFORN}). */
    public record Classification(String level, List<String> caveats) {
    }

    /**
     * The routing header of a telegram.
     *
     * @param transmissionId e.g. {@code VZCZCXRO1234}
     * @param precedence e.g. {@code PRIORITY}, {@code IMMEDIATE}
     * @param dateTimeGroup the DTG as written, e.g. {@code 021437Z AUG 07}
     * @param from the sending station
     * @param to action recipients
     * @param info information recipients
     */
    public record RoutingHeader(
            String transmissionId,
            String precedence,
            String dateTimeGroup,
            Recipient from,
            List<Recipient> to,
            List<Recipient> info) {
    }

    /**
     * A station in a routing header.
     *
     * @param routingIndicator e.g. {@code RUEHMO}, when present
     * @param name e.g. {@code AMEMBASSY MOSCOW}
     * @param precedence e.g. {@code IMMEDIATE}, when present
     */
    public record Recipient(String routingIndicator, String name, String precedence) {
    }

    /** Executive order (e.g. {@code 12958}) and declassification date or event. */
    public record Declassification(String executiveOrder, String declassifyOn) {
    }

    /**
     * One entry of the REF list.
     *
     * @param label the letter, e.g. {@code A}
     * @param referenceId canonical cable ID when the entry is a cable, otherwise {@code null}
     * @param text the entry as written
     */
    public record Reference(String label, String referenceId, String text) {
    }

    /** Who classified the cable, and under which reasons, e.g. {@code 1.4(b)}, {@code 1.4(d)}. */
    public record ClassifiedBy(String name, String title, List<String> reasons) {
    }

    /**
     * A paragraph of the body, numbered ({@code 1. (C) ...}) or not.
     *
     * @param number the paragraph number (1-based) as written, or {@code null} for an unnumbered paragraph
     * @param marking the classification marking, e.g. {@code C}, {@code SBU}, or {@code null}
     * @param heading a heading in capitals that opens the paragraph, or {@code null}
     * @param text the paragraph text without number and marking
     */
    public record Paragraph(Integer number, String marking, String heading, String text) {
    }

    /** A redacted span of the body, as character offsets (start inclusive, end exclusive). */
    public record Redaction(int start, int end) {
    }
}
