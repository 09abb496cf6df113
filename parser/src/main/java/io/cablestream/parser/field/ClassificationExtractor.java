package io.cablestream.parser.field;

import io.cablestream.contract.event.ParsedCable.Classification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Classification level and caveats, from the text (the opening banner such as
 * {@code C O N F I D E N T I A L} and the caveat lines under it, else the {@code ZNY CCCCC} routing
 * line, which also wins when banner and routing header name different cables) or from metadata
 * such as {@code SECRET//NOFORN}.
 */
public final class ClassificationExtractor {

    private static final int CAVEAT_SEARCH_LINES = 12;
    private static final Pattern CAVEAT_SEPARATOR = Pattern.compile("//");

    private ClassificationExtractor() {
    }

    /** What the telegram's own text says, when it says anything. */
    public static Optional<Classification> fromText(Telegram telegram) {
        Banner banner = telegram.banner();
        String routingLevel = telegram.routing().classificationLevel();
        boolean envelopeBelieved = routingLevel != null && ReferenceIdExtractor.conflict(telegram).isPresent();
        String level = banner != null && !envelopeBelieved ? banner.level() : routingLevel;
        if (level == null) {
            return Optional.empty();
        }
        List<String> caveats = new ArrayList<>(banner != null ? banner.caveats() : List.of());
        int seen = 0;
        boolean afterBanner = banner == null;
        for (String line : telegram.lines()) {
            if (seen >= CAVEAT_SEARCH_LINES) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            seen++;
            if (!afterBanner) {
                afterBanner = Banner.parse(line).isPresent();
                continue;
            }
            Caveats.ofLine(line).ifPresent(found -> found.forEach(caveat -> Caveats.addOnce(caveats, caveat)));
        }
        return Optional.of(new Classification(level, List.copyOf(caveats)));
    }

    /** A metadata classification such as {@code SECRET//NOFORN} or {@code UNCLASSIFIED//FOR OFFICIAL USE ONLY}. */
    public static Optional<Classification> fromMetadata(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String[] parts = CAVEAT_SEPARATOR.split(value.toUpperCase(Locale.ROOT));
        Optional<Banner> level = Banner.parse(parts[0].strip());
        if (level.isEmpty()) {
            return Optional.empty();
        }
        List<String> caveats = new ArrayList<>(level.get().caveats());
        for (int i = 1; i < parts.length; i++) {
            Caveats.ofLine(parts[i]).ifPresent(found -> found.forEach(caveat -> Caveats.addOnce(caveats, caveat)));
        }
        return Optional.of(new Classification(level.get().level(), List.copyOf(caveats)));
    }
}
