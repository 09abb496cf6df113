package io.cablestream.parser.field;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-digit year a telegram was sent in: from the date its text declares (DTG, dateline,
 * embedded header), else inferred from its declassification date (cables were most often set to be
 * declassified ten years on), kept no earlier than the latest year its REF list cites, else the
 * latest year the text mentions.
 */
public final class CableYear {

    private static final Pattern DECL_DATE = Pattern.compile(
            "(?i)\\bDECL(?:ASSIFY)?(?:\\s+ON)?\\s*[:;.]?\\s*(?:\\d{1,2}/\\d{1,2}/(\\d{4}|\\d{2})\\b|(\\d{4})/\\d{1,2}/\\d{1,2}\\b)");
    private static final Pattern CITED_YEAR = Pattern.compile("(?i)\\bREF(?:S|TEL)?\\b|(?<![\\d/])(\\d{2}) [A-Z]{3,}[A-Z ]* \\d{1,7}\\b");
    private static final Pattern MENTIONED_YEAR = Pattern.compile("(?<![\\d/.-])(19[6-9]\\d|20[0-2]\\d)(?![\\d/])");
    private static final int USUAL_DECLASSIFICATION_YEARS = 10;
    private static final int SEARCH_LINES = 60;

    private CableYear() {
    }

    /** The year as two digits, e.g. {@code 07}, when it can be told or inferred. */
    public static Optional<String> of(Telegram telegram) {
        if (telegram.createdFromText() != null) {
            return Optional.of(telegram.createdFromText().substring(2, 4));
        }
        return inferred(telegram.lines()).map(year -> String.format("%02d", year % 100));
    }

    private static Optional<Integer> inferred(List<String> lines) {
        String top = String.join("\n", lines.subList(0, Math.min(lines.size(), SEARCH_LINES)));
        int cited = latestCitedYear(top);
        Matcher decl = DECL_DATE.matcher(top);
        if (decl.find()) {
            String year = decl.group(1) != null ? decl.group(1) : decl.group(2);
            int full = year.length() == 2 ? DateTimeGroups.fullYear(Integer.parseInt(year)) : Integer.parseInt(year);
            return Optional.of(Math.max(full - USUAL_DECLASSIFICATION_YEARS, cited));
        }
        int mentioned = cited;
        Matcher m = MENTIONED_YEAR.matcher(String.join("\n", lines));
        while (m.find()) {
            mentioned = Math.max(mentioned, Integer.parseInt(m.group(1)));
        }
        return mentioned > 0 ? Optional.of(mentioned) : Optional.empty();
    }

    private static int latestCitedYear(String top) {
        int latest = 0;
        Matcher m = CITED_YEAR.matcher(top);
        boolean inReferences = false;
        while (m.find()) {
            if (m.group(1) == null) {
                inReferences = true;
            } else if (inReferences) {
                latest = Math.max(latest, DateTimeGroups.fullYear(Integer.parseInt(m.group(1))));
            }
        }
        return latest;
    }
}
