package io.cablestream.parser.field;

import io.cablestream.parser.ReferenceIds;
import io.cablestream.parser.clean.PageBreak;
import java.util.Locale;
import java.util.Optional;

/**
 * Recovers a cable's reference ID from its text: post and serial from the opening banner (else a
 * page-break line) and from the routing header ({@code DE RUEHMO #3804} with
 * {@code FM AMEMBASSY MOSCOW}), with the telegram's year ({@link CableYear}); an ID written in an embedded
 * header wins. When banner and routing header name different cables the routing header is
 * believed, since the envelope identifies the transmission.
 */
public final class ReferenceIdExtractor {

    private static final String[] STATION_PREFIXES = {"AMEMBASSY ", "AMCONSUL ", "USMISSION ", "USINT ",
        "AMEMB ", "USOFFICE ", "AIT "};

    private ReferenceIdExtractor() {
    }

    /** The canonical reference ID {@code telegram} declares, e.g. {@code 07MOSCOW3804}. */
    public static Optional<String> fromText(Telegram telegram) {
        if (telegram.embeddedMetadata() != null) {
            Optional<String> embedded = ReferenceIds.canonical(telegram.embeddedMetadata().referenceId());
            if (embedded.isPresent()) {
                return embedded;
            }
        }
        return candidates(telegram).flatMap(Candidates::believed);
    }

    /**
     * A description of the disagreement when the routing header and the banner name different
     * cables (the text may join two cables), else empty.
     */
    public static Optional<String> conflict(Telegram telegram) {
        return candidates(telegram).filter(Candidates::conflicting).map(found ->
                "the routing header names " + found.fromRouting().get() + " but the text's banner names "
                        + found.fromBody().get() + ": the text may join two cables");
    }

    /** The IDs the text's body and its routing header each give. */
    private record Candidates(Optional<String> fromBody, Optional<String> fromRouting) {

        boolean conflicting() {
            return fromBody.isPresent() && fromRouting.isPresent() && !agree(fromBody.get(), fromRouting.get());
        }

        Optional<String> believed() {
            return conflicting() ? fromRouting : fromBody.or(() -> fromRouting);
        }
    }

    private static Optional<Candidates> candidates(Telegram telegram) {
        return Optional.ofNullable(telegram.year())
                .map(year -> new Candidates(fromBody(telegram, year), fromRouting(telegram, year)));
    }

    private static Optional<String> fromBody(Telegram telegram, String year) {
        Banner banner = telegram.banner();
        if (banner != null && banner.hasPostAndSerial() && !isRedacted(banner.post())) {
            return ReferenceIds.canonical(year + banner.post() + banner.serial());
        }
        for (String line : telegram.lines()) {
            Optional<PageBreak> pageBreak = PageBreak.parse(line);
            if (pageBreak.isPresent() && !isRedacted(pageBreak.get().post())) {
                return ReferenceIds.canonical(year + pageBreak.get().post() + pageBreak.get().serial());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fromRouting(Telegram telegram, String year) {
        String from = telegram.routing().fromName();
        if (from == null || telegram.routing().serial() == null) {
            return Optional.empty();
        }
        return ReferenceIds.canonical(year + postOfStation(from) + telegram.routing().serial());
    }

    /** True when both IDs share the year and the routing serial is the banner serial or its last digits. */
    private static boolean agree(String fromBody, String fromRouting) {
        String bodySerial = serial(fromBody);
        String routingSerial = serial(fromRouting);
        return fromBody.regionMatches(0, fromRouting, 0, 2) && bodySerial.endsWith(routingSerial);
    }

    private static String serial(String id) {
        int i = id.length();
        while (i > 0 && Character.isDigit(id.charAt(i - 1))) {
            i--;
        }
        return id.substring(i);
    }

    /** The post a sending station's name stands for in reference IDs, e.g. {@code MOSCOW} for {@code AMEMBASSY MOSCOW}. */
    static String postOfStation(String stationName) {
        String name = stationName.toUpperCase(Locale.ROOT).strip();
        if (name.startsWith("SECSTATE")) {
            return "STATE";
        }
        for (String prefix : STATION_PREFIXES) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    private static boolean isRedacted(String post) {
        return post.chars().allMatch(c -> c == 'X' || c == ' ');
    }
}
