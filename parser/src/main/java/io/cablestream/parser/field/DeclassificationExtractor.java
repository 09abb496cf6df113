package io.cablestream.parser.field;

import io.cablestream.contract.event.ParsedCable.Declassification;
import io.cablestream.parser.text.Lines;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code E.O. 12958: DECL: 07/30/2017} line: the executive order and the declassification
 * date (as ISO {@code 2017-07-30} when it is a date) or event ({@code OADR}, {@code 1.6X1} …).
 */
public final class DeclassificationExtractor {

    private static final Pattern ORDER = Pattern.compile("(\\d{4,5})");
    private static final Pattern DECL_PREFIX = Pattern.compile("(?i)^(?:[:;,.]\\s*)*(?:DECL(?:ASSIFY)?(?:\\s+ON)?\\s*[:;.]?\\s*)?");
    private static final Pattern US_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b");
    private static final Pattern ISO_SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");

    private DeclassificationExtractor() {
    }

    /** The declassification instructions in {@code preamble}, when written. */
    public static Optional<Declassification> extract(Preamble preamble) {
        String label = preamble.labels().get(Preamble.Label.DECLASSIFICATION);
        if (label == null) {
            return Optional.empty();
        }
        Matcher order = ORDER.matcher(label);
        String executiveOrder = order.find() ? order.group(1) : null;
        String value = preamble.field(Preamble.Label.DECLASSIFICATION).map(Lines::collapseWhitespace).orElse("");
        String declassifyOn = declassifyOn(DECL_PREFIX.matcher(value).replaceFirst(""));
        return Optional.of(new Declassification(executiveOrder, declassifyOn));
    }

    private static String declassifyOn(String value) {
        if (value.isEmpty()) {
            return null;
        }
        Matcher us = US_DATE.matcher(value);
        if (us.find()) {
            int year = Integer.parseInt(us.group(3));
            int fullYear = us.group(3).length() == 2 ? DateTimeGroups.fullYear(year) : year;
            return iso(fullYear, us.group(1), us.group(2));
        }
        Matcher slashed = ISO_SLASHED.matcher(value);
        if (slashed.find()) {
            return iso(Integer.parseInt(slashed.group(1)), slashed.group(2), slashed.group(3));
        }
        return value;
    }

    private static String iso(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return month + "/" + day + "/" + year;
        }
    }
}
