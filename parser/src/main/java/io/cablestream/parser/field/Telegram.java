package io.cablestream.parser.field;

import io.cablestream.contract.event.SourceMetadata;
import io.cablestream.parser.clean.EmbeddedHeader;
import io.cablestream.parser.format.CableDocument;
import io.cablestream.parser.text.Lines;
import java.util.List;
import java.util.Optional;

/**
 * The landmarks of one telegram, found once and shared by the field extractors: its routing
 * header, opening banner, the date it declares, metadata left inside its text, and its text lines.
 *
 * @param document the decoded container
 * @param embeddedMetadata metadata from a header block left inside the text, or {@code null}
 * @param lines the text after the routing header (and after any embedded header block), uncleaned
 * @param routing the parsed routing header
 * @param banner the opening classification banner, or {@code null}
 * @param dateTimeGroup the DTG as written (routing header first, else the top of the text), or {@code null}
 * @param createdFromText ISO-8601 creation time the text declares (DTG, else dateline, else embedded header), or {@code null}
 * @param year the two-digit year the telegram was sent in, declared or inferred ({@link CableYear}), or {@code null}
 */
public record Telegram(
        CableDocument document,
        SourceMetadata embeddedMetadata,
        List<String> lines,
        Routing routing,
        Banner banner,
        String dateTimeGroup,
        String createdFromText,
        String year) {

    private static final int BANNER_SEARCH_LINES = 25;
    private static final int DATE_SEARCH_LINES = 40;

    /** Finds the landmarks of {@code document}. */
    public static Telegram of(CableDocument document) {
        List<String> all = Lines.split(document.body());
        Optional<EmbeddedHeader.Found> embedded = EmbeddedHeader.find(all);
        List<String> lines = embedded.map(found -> all.subList(found.endLine(), all.size())).orElse(all);
        SourceMetadata embeddedMetadata = embedded.map(EmbeddedHeader.Found::metadata).orElse(null);
        Routing routing = RoutingHeaderExtractor.extract(document.routingHeader());
        String dtg = routing.header() != null && routing.header().dateTimeGroup() != null
                ? routing.header().dateTimeGroup() : dtgAtTop(lines);
        String created = DateTimeGroups.parse(dtg)
                .or(() -> datelineAtTop(lines))
                .or(() -> embeddedMetadata == null ? Optional.empty() : DateTimeGroups.normalize(embeddedMetadata.created()))
                .orElse(null);
        return new Telegram(document, embeddedMetadata, lines, routing, openingBanner(lines), dtg, created,
                CableYear.of(created, lines).orElse(null));
    }

    private static Banner openingBanner(List<String> lines) {
        Banner levelOnly = null;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < BANNER_SEARCH_LINES; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            Optional<Banner> banner = Banner.parse(line);
            if (banner.isPresent() && banner.get().hasPostAndSerial()) {
                return banner.get();
            }
            if (banner.isPresent() && levelOnly == null) {
                levelOnly = banner.get();
            }
        }
        return levelOnly;
    }

    private static String dtgAtTop(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), DATE_SEARCH_LINES); i++) {
            Optional<String> dtg = DateTimeGroups.find(lines.get(i));
            if (dtg.isPresent()) {
                return dtg.get();
            }
        }
        return null;
    }

    private static Optional<String> datelineAtTop(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), DATE_SEARCH_LINES); i++) {
            Optional<String> date = DateTimeGroups.parseDateline(lines.get(i));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }
}
