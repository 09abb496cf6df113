package io.cablestream.parser.field;

import io.cablestream.parser.text.Words;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The origin post, named the way cable archives name it ({@code Embassy Moscow},
 * {@code Consulate Rio De Janeiro}, {@code Secretary of State}): from the routing header's
 * {@code FM} station, else from the post on the opening banner.
 */
public final class OriginExtractor {

    private static final Set<String> ACRONYMS = Set.of("USNATO", "USEU", "USUN", "UNVIE", "USOSCE", "RPO", "OECD",
        "UNESCO", "USAU", "AIT", "US", "UN", "REO", "PRT", "CD", "USTR");

    private OriginExtractor() {
    }

    /** The origin {@code telegram} declares, when it declares one. */
    public static Optional<String> fromText(Telegram telegram) {
        String from = telegram.routing().fromName();
        if (from != null) {
            return Optional.of(ofStation(from));
        }
        Banner banner = telegram.banner();
        if (banner != null && banner.post() != null) {
            String post = banner.post();
            return Optional.of(Posts.originName(post).orElseGet(() -> titleCase(post)));
        }
        return Optional.empty();
    }

    /** The origin name of a sending station, e.g. {@code Embassy Moscow} for {@code AMEMBASSY MOSCOW}. */
    static String ofStation(String station) {
        String upper = station.toUpperCase(Locale.ROOT).strip();
        String post = ReferenceIdExtractor.postOfStation(upper);
        if (upper.startsWith("AMEMBASSY ")) {
            return "Embassy " + titleCase(post);
        }
        if (upper.startsWith("AMCONSUL ")) {
            return "Consulate " + titleCase(post);
        }
        Optional<String> known = Posts.originName(post);
        if (known.isPresent()) {
            return known.get();
        }
        return upper.startsWith("USMISSION ") ? "Mission " + titleCase(post) : titleCase(upper);
    }

    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : Words.of(name)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String upper = word.toUpperCase(Locale.ROOT);
            if (ACRONYMS.contains(upper)) {
                out.append(upper);
            } else {
                out.append(upper.charAt(0)).append(upper.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}
