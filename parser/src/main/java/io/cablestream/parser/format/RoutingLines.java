package io.cablestream.parser.format;

import io.cablestream.parser.field.Banner;
import io.cablestream.parser.field.Caveats;
import io.cablestream.parser.field.DateTimeGroups;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tells routing-header lines of a bare telegram from the lines where its text begins. */
final class RoutingLines {

    private static final Pattern PRECEDENCE_AND_DTG = Pattern.compile(
            "^[OPRZ]{1,2}(?:\\s+[OPRZ]{1,2})?\\s+[0-3]\\d[0-2]\\d[0-5]\\dZ\\s+[A-Z]{3}\\s+\\d{2,4}\\s*$");
    private static final String[] TEXT_OPENERS = {"E.O.", "EO ", "E. O.", "TAGS", "SUBJECT", "SUBJ:", "REF:", ">",
        "ID:"};

    private RoutingLines() {
    }

    /** True for a line that opens a routing header: {@code VZCZC…}, precedence + DTG, or {@code FM}. */
    static boolean startsHeader(String line) {
        String text = line.strip();
        return text.startsWith("VZCZC") || PRECEDENCE_AND_DTG.matcher(text).matches() || isFromLine(text);
    }

    static boolean isFromLine(String line) {
        return line.stripLeading().startsWith("FM ");
    }

    /** True for a line that cannot be part of a routing header, so the text starts there. */
    static boolean startsText(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        String upper = text.toUpperCase(Locale.ROOT);
        for (String opener : TEXT_OPENERS) {
            if (upper.startsWith(opener)) {
                return true;
            }
        }
        return Banner.parse(text).isPresent() || Caveats.ofLine(text).isPresent()
                || DateTimeGroups.parseDateline(text).isPresent();
    }
}
