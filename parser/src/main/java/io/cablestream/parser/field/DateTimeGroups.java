package io.cablestream.parser.field;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date-time groups ({@code 021437Z AUG 07}: day, hour, minute, Zulu, month, year) and the other
 * date forms cables and their containers use, all turned into ISO-8601 UTC strings.
 */
public final class DateTimeGroups {

    /** A DTG anywhere in a line: day+time+Z, month, 2- or 4-digit year. */
    static final Pattern DTG = Pattern.compile(
            "(?<![0-9A-Za-z])([0-3]\\d)([0-2]\\d)([0-5]\\d)Z\\s+([A-Za-z]{3})\\s+(\\d{4}|\\d{2})(?![0-9])");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+(\\d{1,2})\\s+([A-Za-z]+)\\s+(\\d{4}),\\s+(\\d{1,2}):(\\d{2})\\s*$");
    private static final Pattern ISO_LIKE = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?\\s*(?:Z|UTC|\\+00:?00)?$");
    private static final Pattern US_DATE = Pattern.compile(
            "^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$");
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC"};
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private DateTimeGroups() {
    }

    /** The first DTG in {@code text}, as written (e.g. {@code 021437Z AUG 07}). */
    public static Optional<String> find(CharSequence text) {
        Matcher m = DTG.matcher(text);
        while (m.find()) {
            if (toIso(m).isPresent()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** A DTG such as {@code 021437Z AUG 07} as ISO-8601 UTC, e.g. {@code 2007-08-02T14:37:00Z}. */
    public static Optional<String> parse(String dtg) {
        if (dtg == null) {
            return Optional.empty();
        }
        Matcher m = DTG.matcher(dtg);
        return m.find() ? toIso(m) : Optional.empty();
    }

    /** The date-time of a dateline such as {@code Friday, 23 February 2001, 15:53}. */
    public static Optional<String> parseDateline(String line) {
        Matcher m = DATELINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = monthNumber(m.group(2));
        return iso(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), 0);
    }

    /**
     * A metadata date as ISO-8601 UTC: {@code 2007-08-02 14:37:00}, {@code 2004-01-20 12:12},
     * {@code 12/28/1966 18:48} or already ISO; empty when it is none of these.
     */
    public static Optional<String> normalize(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        Matcher iso = ISO_LIKE.matcher(text);
        if (iso.matches()) {
            return iso(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)),
                    intOrZero(iso.group(4)), intOrZero(iso.group(5)), intOrZero(iso.group(6)));
        }
        Matcher us = US_DATE.matcher(text);
        if (us.matches()) {
            return iso(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)),
                    intOrZero(us.group(4)), intOrZero(us.group(5)), intOrZero(us.group(6)));
        }
        return parse(text).or(() -> parseDateline(text));
    }

    /** The four-digit year a two-digit cable year stands for (50–99 → 19xx, otherwise 20xx). */
    public static int fullYear(int twoDigitYear) {
        return twoDigitYear >= 50 ? 1900 + twoDigitYear : 2000 + twoDigitYear;
    }

    private static Optional<String> toIso(Matcher m) {
        int month = monthNumber(m.group(4));
        String year = m.group(5);
        int fullYear = year.length() == 4 ? Integer.parseInt(year) : fullYear(Integer.parseInt(year));
        return iso(fullYear, month, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), 0);
    }

    private static int monthNumber(String name) {
        if (name.length() < 3) {
            return -1;
        }
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static Optional<String> iso(int year, int month, int day, int hour, int minute, int second) {
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second)
                    .atOffset(ZoneOffset.UTC).format(ISO));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int intOrZero(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
