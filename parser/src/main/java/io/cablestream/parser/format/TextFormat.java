package io.cablestream.parser.format;

import io.cablestream.parser.InputFormat;
import io.cablestream.parser.ReadEntry;
import io.cablestream.parser.text.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bare telegram text: a routing header (when present) followed by the text, no metadata. A file
 * may hold several telegrams; once the current one has reached its text (a TAGS or SUBJECT line),
 * a {@code VZCZC} line or a form feed starts the next one and an {@code NNNN} line ends it.
 */
public final class TextFormat {

    private static final String END_OF_MESSAGE = "NNNN";
    private static final int HEADER_SEARCH_LINES = 60;
    private static final int LONGEST_HEADER = 400;

    private TextFormat() {
    }

    /** Splits a text file into telegrams. */
    public static List<ReadEntry> read(String content, String sourceName) {
        List<String> lines = Lines.split(content);
        List<ReadEntry> entries = new ArrayList<>();
        int start = 0;
        boolean reachedText = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean formFeed = line.indexOf('\f') >= 0;
            if ((formFeed || line.stripLeading().startsWith("VZCZC")) && reachedText) {
                addEntry(entries, lines, start, i, sourceName);
                start = i;
                reachedText = false;
            } else if (line.strip().equals(END_OF_MESSAGE) && reachedText) {
                addEntry(entries, lines, start, i + 1, sourceName);
                start = i + 1;
                reachedText = false;
                continue;
            }
            reachedText |= isTextLine(line);
        }
        addEntry(entries, lines, start, lines.size(), sourceName);
        return entries;
    }

    /**
     * Separates the routing header (with any printer lines above it) from the text; all is text when
     * no routing header opens within the first lines.
     */
    public static CableDocument decode(String text) {
        List<String> lines = Lines.split(text);
        int limit = Math.min(lines.size(), HEADER_SEARCH_LINES);
        int headerStart = -1;
        for (int i = 0; i < limit; i++) {
            if (RoutingLines.startsHeader(lines.get(i))) {
                headerStart = i;
                break;
            }
        }
        if (headerStart < 0) {
            return new CableDocument(null, "", text, null);
        }
        int headerEnd = headerStart + 1;
        boolean seenFrom = RoutingLines.isFromLine(lines.get(headerStart));
        while (headerEnd < lines.size() && headerEnd - headerStart < LONGEST_HEADER) {
            String line = lines.get(headerEnd);
            if (RoutingLines.startsText(line) || (seenFrom && line.isBlank())) {
                break;
            }
            seenFrom |= RoutingLines.isFromLine(line);
            headerEnd++;
        }
        return new CableDocument(null, Lines.join(lines.subList(0, headerEnd)),
                Lines.join(lines.subList(headerEnd, lines.size())), null);
    }

    private static boolean isTextLine(String line) {
        String upper = line.stripLeading().toUpperCase(Locale.ROOT);
        return upper.startsWith("TAGS") || upper.startsWith("SUBJECT");
    }

    private static void addEntry(List<ReadEntry> entries, List<String> lines, int from, int to, String sourceName) {
        List<String> part = lines.subList(from, to);
        if (part.stream().allMatch(String::isBlank)) {
            return;
        }
        String text = Lines.join(part).replace("\f", "");
        entries.add(Entries.entry(text, InputFormat.TEXT, Entries.at(sourceName, from + 1), TextFormat::decode));
    }
}
