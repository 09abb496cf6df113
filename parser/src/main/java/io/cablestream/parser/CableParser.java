package io.cablestream.parser;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.ParsedCable.Paragraph;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.event.RecordPosition;
import io.cablestream.contract.event.SourceMetadata;
import io.cablestream.parser.clean.BodyCleaner;
import io.cablestream.parser.field.ClassifiedByExtractor;
import io.cablestream.parser.field.CommentsExtractor;
import io.cablestream.parser.field.DeclassificationExtractor;
import io.cablestream.parser.field.MetadataReconciler;
import io.cablestream.parser.field.MetadataReconciler.Identity;
import io.cablestream.parser.field.ParagraphsExtractor;
import io.cablestream.parser.field.Preamble;
import io.cablestream.parser.field.RedactionsExtractor;
import io.cablestream.parser.field.ReferencesExtractor;
import io.cablestream.parser.field.SignersExtractor;
import io.cablestream.parser.field.SubjectExtractor;
import io.cablestream.parser.field.SummaryExtractor;
import io.cablestream.parser.field.TagsExtractor;
import io.cablestream.parser.field.Telegram;
import io.cablestream.parser.format.CableDocument;
import io.cablestream.parser.format.CableDocuments;
import io.cablestream.parser.text.Lines;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Parses one raw cable into its fields. Stateless and thread-safe. Any input it cannot turn into
 * a cable raises {@link CableRejectedException} with the reason; it raises nothing else.
 */
public final class CableParser {

    /** Stamped on every parsed cable as {@code parserVersion}. */
    public static final String VERSION = "0.2.0";

    /** Longest cable text accepted, in characters (real cables are far below this). */
    public static final int MAX_TEXT_LENGTH = 10_000_000;

    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final int BINARY_SAMPLE = 4096;
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /**
     * Parses {@code raw}: detects its format when {@code raw.format()} is {@code auto}, recovers
     * every field from the text, prefers the caller's reference ID and the metadata where given, and
     * records a warning where they disagree with the text.
     *
     * @throws CableRejectedException when the input is not a parseable cable
     */
    public ParsedCable parse(RawCable raw) {
        return parse(raw, null);
    }

    /**
     * Parses {@code raw} as {@link #parse(RawCable)} does, read from {@code rawPosition} of {@code cables.raw.v1},
     * which the parsed cable keeps so that its original text can be read again with one seek.
     *
     * @throws CableRejectedException when the input is not a parseable cable
     */
    public ParsedCable parse(RawCable raw, RecordPosition rawPosition) {
        CableSource source = raw == null ? null : raw.source();
        try {
            return parseChecked(raw, rawPosition);
        } catch (CableRejectedException e) {
            throw e.at(source);
        } catch (RuntimeException | StackOverflowError e) {
            throw CableRejectedException.parserFault(e, source);
        }
    }

    private ParsedCable parseChecked(RawCable raw, RecordPosition rawPosition) {
        if (raw == null) {
            throw new CableRejectedException("no cable given", "pass a RawCable");
        }
        String text = checkedText(raw.text());
        InputFormat format = InputFormat.fromId(raw.format() == null ? "auto" : raw.format())
                .orElseThrow(() -> new CableRejectedException("unknown format '" + raw.format() + "'",
                        "use one of auto, seed, html, csv, text"));
        InputFormat concrete = format == InputFormat.AUTO ? InputFormat.detect(text) : format;
        CableDocument document = CableDocuments.decode(text, concrete);
        Telegram telegram = Telegram.of(document);
        List<String> lines = BodyCleaner.clean(telegram.lines());
        if (lines.isEmpty()) {
            throw new CableRejectedException("the cable has no text after its header",
                    "give the telegram's text, not only its routing header or metadata");
        }
        String body = Lines.join(lines);
        Identity identity = MetadataReconciler.reconcile(raw.referenceId(), metadata(raw.metadata(), document.metadata()),
                telegram);
        List<String> warnings = new ArrayList<>(identity.warnings());
        Preamble preamble = Preamble.scan(lines);
        SignersExtractor.Signature signature = SignersExtractor.extract(lines, preamble.fieldsEndLine());
        List<String> beforeSignature = signature.textBefore(lines);
        List<Paragraph> paragraphs = ParagraphsExtractor.extract(beforeSignature, preamble.fieldsEndLine(),
                beforeSignature.size());
        String subject = subject(preamble, document, paragraphs, warnings);
        List<String> tags = TagsExtractor.extract(preamble);
        if (tags.isEmpty()) {
            warnings.add("no TAGS line found");
        }
        return new ParsedCable(
                identity.referenceId(),
                raw.contentHash() != null ? raw.contentHash() : contentHash(text),
                raw.importId(),
                raw.collection(),
                VERSION,
                concrete.id(),
                raw.source(),
                identity.created(),
                identity.classification(),
                identity.origin(),
                telegram.routing().header(),
                telegram.banner() == null ? null : telegram.banner().sectionCount(),
                DeclassificationExtractor.extract(preamble).orElse(null),
                tags,
                subject,
                ReferencesExtractor.extract(preamble, identity.referenceId().substring(0, 2)),
                ClassifiedByExtractor.extract(preamble).orElse(null),
                SummaryExtractor.extract(body).orElse(null),
                paragraphs,
                CommentsExtractor.extract(body),
                signature.names(),
                body,
                RedactionsExtractor.extract(body),
                List.copyOf(warnings),
                rawPosition);
    }

    /**
     * {@code given} without a leading byte-order mark, when it can be a cable's text: not empty, not longer than
     * {@link #MAX_TEXT_LENGTH}, not binary (NUL characters, or more than 1 % control or undecodable characters
     * in its first 4 KB; UTF-16 read as UTF-8 is named as such). {@link #parse} applies it first; ingest applies
     * it to refuse such text at once.
     *
     * @throws CableRejectedException saying what is wrong with the text and how to fix it
     */
    public static String checkedText(String given) {
        String text = given != null && given.startsWith(BYTE_ORDER_MARK) ? given.substring(1) : given;
        if (text == null || text.isBlank()) {
            throw new CableRejectedException("the cable text is empty", "give the cable's text");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new CableRejectedException("the cable text has " + text.length() + " characters, more than the "
                    + MAX_TEXT_LENGTH + " accepted", "split the file into cables first (CableReader)");
        }
        if (text.indexOf('\0') >= 0) {
            if (looksLikeUtf16(text)) {
                throw new CableRejectedException("the text looks like UTF-16 read as UTF-8 (every other character is"
                        + " NUL)", "convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
            }
            throw new CableRejectedException("the text contains NUL characters, so it is binary, not a cable",
                    "give the cable as text (UTF-8)");
        }
        int sample = Math.min(text.length(), BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        if (control > sample * MAX_CONTROL_SHARE) {
            throw new CableRejectedException("the text is " + (100 * control / sample)
                    + "% control or undecodable characters, so it looks binary", "give the cable as text (UTF-8)");
        }
        return text;
    }

    /** True when about every second character of the text's start is NUL, as when UTF-16 is decoded as UTF-8. */
    private static boolean looksLikeUtf16(String text) {
        int sample = Math.min(text.length(), BINARY_SAMPLE);
        int[] nulsAt = new int[2];
        for (int i = 0; i < sample; i++) {
            if (text.charAt(i) == '\0') {
                nulsAt[i % 2]++;
            }
        }
        return Math.max(nulsAt[0], nulsAt[1]) >= sample / 2 * 0.8;
    }

    private static SourceMetadata metadata(SourceMetadata given, SourceMetadata fromDocument) {
        if (given == null) {
            return fromDocument;
        }
        if (fromDocument == null) {
            return given;
        }
        return new SourceMetadata(
                given.referenceId() != null ? given.referenceId() : fromDocument.referenceId(),
                given.created() != null ? given.created() : fromDocument.created(),
                given.classification() != null ? given.classification() : fromDocument.classification(),
                given.origin() != null ? given.origin() : fromDocument.origin());
    }

    private static String subject(Preamble preamble, CableDocument document, List<Paragraph> paragraphs,
            List<String> warnings) {
        Optional<String> subject = SubjectExtractor.extract(preamble);
        if (subject.isPresent()) {
            return subject.get();
        }
        if (document.title() != null) {
            warnings.add("no SUBJECT line found; the subject is the container's title");
            return document.title();
        }
        Optional<String> opening = SubjectExtractor.fromOpeningSentence(paragraphs);
        warnings.add(opening.isPresent() ? "no SUBJECT line found; the subject is the first paragraph's opening"
                : "no SUBJECT line found");
        return opening.orElse(null);
    }

    /** {@code sha256:} and the hex SHA-256 of {@code text} in UTF-8, as on {@code RawCable.contentHash}. */
    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
