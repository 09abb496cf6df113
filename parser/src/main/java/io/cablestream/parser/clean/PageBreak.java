package io.cablestream.parser.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page-break line that telegram printers put at the top of each page after the first, e.g.
 * {@code MOSCOW 00003804 002 OF 003} (also {@code 001.2 OF 003} for a continued first page), or the older {@code PAGE 02 HARARE 06677 02 OF 03 291400Z},
 * which printouts also left inside lines.
 *
 * @param post the post as written, e.g. {@code MOSCOW}
 * @param serial the serial as written, e.g. {@code 00003804}
 */
public record PageBreak(String post, String serial) {

    private static final Pattern MODERN = Pattern.compile(
            "^\\s*([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,4}) +(\\d{5,8}) +(\\d{3}(?:\\.\\d)?) +(?:OF|of) +(\\d{3})\\s*$");
    private static final Pattern PRINTED = Pattern.compile(
            "^\\s*PAGE \\d{2,3}\\s+([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,4})\\s+(\\d{3,8})\\s+\\d{2,3} OF \\d{2,3}\\b.*$");
    private static final Pattern PRINTED_HEADER = Pattern.compile(
            "PAGE \\d{2,3}\\s+[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,4}\\s+\\d{3,8}(?:\\s+\\d{2,3} OF \\d{2,3})?"
                    + "\\s+[0-3]\\d[0-2]\\d[0-5]\\dZ(?![A-Za-z0-9])");
    private static final int LONGEST_LINE = 120;

    /**
     * {@code line} without the page headers a printout left inside it, e.g. the
     * {@code PAGE 02 STATE 037566 161435Z} in {@code INFO PAGE 02 STATE 037566 161435Z}; the same
     * string when there is none.
     */
    public static String withoutPrintedHeaders(String line) {
        return line.indexOf("PAGE ") < 0 ? line : PRINTED_HEADER.matcher(line).replaceAll(" ");
    }

    /** The page break {@code line} is, when it is one. */
    public static Optional<PageBreak> parse(String line) {
        if (line.length() > LONGEST_LINE || (line.indexOf(" OF ") < 0 && line.indexOf(" of ") < 0)) {
            return Optional.empty();
        }
        Matcher modern = MODERN.matcher(line);
        if (modern.matches()) {
            return Optional.of(new PageBreak(modern.group(1), modern.group(2)));
        }
        Matcher printed = PRINTED.matcher(line);
        return printed.matches() ? Optional.of(new PageBreak(printed.group(1), printed.group(2))) : Optional.empty();
    }
}
