package io.cablestream.parser.clean;

import io.cablestream.parser.field.Banner;
import io.cablestream.parser.field.Caveats;
import io.cablestream.parser.field.DateTimeGroups;
import io.cablestream.parser.text.HtmlText;
import io.cablestream.parser.text.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Produces the cleaned body: decodes HTML residue, drops page-break lines, classification and
 * section banners, repeated caveat lines such as {@code SIPDIS}, publisher notes and datelines,
 * and duplicated blocks, then tidies blank lines.
 */
public final class BodyCleaner {

    private static final String PARTIAL_EXTRACT_NOTE = "THIS RECORD IS A PARTIAL EXTRACT";
    private static final char PILCROW = '\u00B6';
    private static final int LONGEST_DATELINE = 45;
    private static final int LONGEST_DTG = 16;

    private BodyCleaner() {
    }

    /** The cleaned lines of {@code lines}, which are a telegram's text after its routing header. */
    public static List<String> clean(List<String> lines) {
        List<String> decoded = decodeMarkup(lines);
        List<String> kept = new ArrayList<>(decoded.size());
        List<String> caveatLinesSeen = new ArrayList<>();
        Banner first = null;
        for (String raw : decoded) {
            String printed = dropLeadingPilcrow(raw.stripTrailing());
            String line = PageBreak.withoutPrintedHeaders(printed);
            if (line != printed) {
                line = line.strip();
                if (line.isEmpty()) {
                    continue;
                }
            }
            String text = line.strip();
            if (text.isEmpty()) {
                kept.add("");
                continue;
            }
            if (PageBreak.parse(text).isPresent() || isPublisherNote(text)) {
                continue;
            }
            Banner banner = Banner.parse(text).orElse(null);
            if (banner != null && (first == null || isSectionBanner(banner, first))) {
                first = first == null ? banner : first;
                continue;
            }
            if (Caveats.ofLine(text).isPresent()) {
                String key = text.toUpperCase(Locale.ROOT);
                if (caveatLinesSeen.contains(key)) {
                    continue;
                }
                caveatLinesSeen.add(key);
            }
            kept.add(line);
        }
        return tidyBlankLines(DuplicateRuns.remove(kept));
    }

    private static List<String> decodeMarkup(List<String> lines) {
        boolean suspect = false;
        for (String line : lines) {
            suspect |= line.indexOf('&') >= 0 || line.indexOf('<') >= 0;
        }
        if (!suspect) {
            return lines;
        }
        String joined = Lines.join(lines);
        return HtmlText.hasMarkup(joined) ? Lines.split(HtmlText.toText(joined)) : lines;
    }

    private static boolean isSectionBanner(Banner banner, Banner first) {
        if (!banner.hasPostAndSerial()) {
            return banner.post() == null && banner.sectionCount() == null;
        }
        return banner.serial().equals(first.serial()) || !first.hasPostAndSerial();
    }

    private static boolean isPublisherNote(String text) {
        return text.regionMatches(true, 0, PARTIAL_EXTRACT_NOTE, 0, PARTIAL_EXTRACT_NOTE.length())
                || (text.length() <= LONGEST_DATELINE && DateTimeGroups.parseDateline(text).isPresent())
                || (text.length() <= LONGEST_DTG && DateTimeGroups.find(text).filter(dtg -> dtg.length() == text.length())
                        .isPresent());
    }

    private static String dropLeadingPilcrow(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i < line.length() && line.charAt(i) == PILCROW) {
            return line.substring(0, i) + line.substring(i + 1).stripLeading();
        }
        return line;
    }

    private static List<String> tidyBlankLines(List<String> lines) {
        List<String> tidy = new ArrayList<>(lines.size());
        boolean previousBlank = true;
        for (String line : lines) {
            boolean blank = line.isBlank();
            if (!(blank && previousBlank)) {
                tidy.add(blank ? "" : line);
            }
            previousBlank = blank;
        }
        while (!tidy.isEmpty() && tidy.get(tidy.size() - 1).isEmpty()) {
            tidy.remove(tidy.size() - 1);
        }
        return tidy;
    }
}
