package io.cablestream.query.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The span of time a date written by a user covers, in epoch milliseconds: {@code 2007} is the
 * whole year, {@code 2007-08} the month, {@code 2007-08-02} the day (UTC), and an ISO-8601 instant
 * such as {@code 2007-08-02T14:37:00Z} that millisecond. Date filters and {@code created:} ranges
 * read dates with it, so an upper bound of {@code 2007-12-31} includes that whole day.
 *
 * @param start first millisecond of the span
 * @param end first millisecond after the span
 */
record DateSpan(long start, long end) {

    /** How a date may be written, for error messages. */
    static final String FORMATS = "2007, 2007-08, 2007-08-02 or 2007-08-02T14:37:00Z";

    /**
     * The span {@code text} covers.
     *
     * @throws IllegalArgumentException when the text is none of the {@link #FORMATS}
     */
    static DateSpan parse(String text) {
        String date = text.strip();
        try {
            if (date.matches("\\d{4}")) {
                Year year = Year.parse(date);
                return between(year.atDay(1), year.plusYears(1).atDay(1));
            }
            if (date.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(date);
                return between(month.atDay(1), month.plusMonths(1).atDay(1));
            }
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(date);
                return between(day, day.plusDays(1));
            }
            long instant = Instant.parse(date).toEpochMilli();
            return new DateSpan(instant, instant + 1);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read '" + text + "' as a date; write " + FORMATS, e);
        }
    }

    private static DateSpan between(LocalDate first, LocalDate after) {
        return new DateSpan(first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                after.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    }
}
