package io.cablestream.parser.format;

import io.cablestream.contract.event.SourceMetadata;
import io.cablestream.parser.CableRejectedException;
import io.cablestream.parser.InputFormat;
import io.cablestream.parser.ReadEntry;
import io.cablestream.parser.text.HtmlText;
import io.cablestream.parser.text.Lines;
import io.cablestream.parser.text.Search;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * WikiLeaks cable-viewer pages: a metadata table (Reference ID, Created, Released, Classification,
 * Origin) and the telegram in {@code <pre>} blocks, the routing header first, then the text.
 * A file holding several pages is split at each {@code <html}. On a page with the viewer's
 * {@code Viewing cable} heading, table and blocks are looked for after it (past the page's scripts
 * and navigation).
 */
public final class HtmlFormat {

    private static final String TABLE_OPEN = "<table class='cable'>";
    private static final String HEADING_PREFIX = "Viewing cable ";
    private static final String PRE_OPEN = "<pre";
    private static final String PRE_OPEN_UPPER = "<PRE";
    private static final String PRE_CLOSE = "</pre>";
    private static final String PRE_CLOSE_UPPER = "</PRE>";

    private HtmlFormat() {
    }

    /** Splits a file into its pages, one entry per page. */
    public static List<ReadEntry> read(String content, String sourceName) {
        List<Integer> starts = new ArrayList<>();
        int at = Search.indexOfIgnoreCase(content, "<html", 0);
        while (at >= 0) {
            starts.add(at);
            at = Search.indexOfIgnoreCase(content, "<html", at + 5);
        }
        if (starts.isEmpty()) {
            starts.add(0);
        } else {
            starts.set(0, 0);
        }
        List<ReadEntry> entries = new ArrayList<>();
        int line = 1;
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : content.length();
            String page = content.substring(from, to);
            entries.add(Entries.entry(page, InputFormat.HTML, Entries.at(sourceName, line), HtmlFormat::decode));
            line += Lines.split(page).size();
        }
        return entries;
    }

    /** Takes one page apart into metadata (from the table), routing header and body (from the pre blocks). */
    public static CableDocument decode(String page) {
        int heading = page.indexOf(HEADING_PREFIX);
        int content = Math.max(0, heading);
        List<String> blocks = preBlocks(page, content);
        if (blocks.isEmpty()) {
            throw new CableRejectedException("HTML page has no <pre> block with the cable text",
                    "give the cable-viewer page with its <code><pre> blocks, or the text with --format text");
        }
        String header = blocks.size() > 1 ? blocks.get(0) : "";
        String body = String.join("\n", blocks.subList(blocks.size() > 1 ? 1 : 0, blocks.size()));
        return new CableDocument(metadataTable(page, content), header, body, heading < 0 ? null : title(page, heading));
    }

    private static List<String> preBlocks(String page, int from) {
        List<String> blocks = new ArrayList<>();
        int open = find(page, PRE_OPEN, PRE_OPEN_UPPER, from);
        while (open >= 0) {
            int contentStart = page.indexOf('>', open);
            if (contentStart < 0) {
                break;
            }
            int close = find(page, PRE_CLOSE, PRE_CLOSE_UPPER, contentStart);
            int end = close < 0 ? page.length() : close;
            blocks.add(HtmlText.toText(page.substring(contentStart + 1, end)));
            if (close < 0) {
                break;
            }
            open = find(page, PRE_OPEN, PRE_OPEN_UPPER, close);
        }
        return blocks;
    }

    /** The first tag from {@code from}: in lower case, else in upper case, else in any mix of cases. */
    private static int find(String page, String lowerTag, String upperTag, int from) {
        int lower = page.indexOf(lowerTag, from);
        if (lower >= 0) {
            return lower;
        }
        int upper = page.indexOf(upperTag, from);
        return upper >= 0 ? upper : Search.indexOfIgnoreCase(page, lowerTag, from);
    }

    private static SourceMetadata metadataTable(String page, int from) {
        int table = page.indexOf(TABLE_OPEN, from);
        if (table < 0) {
            return null;
        }
        int end = page.indexOf("</table>", table);
        String html = page.substring(table, end < 0 ? page.length() : end);
        List<String> names = cells(html, "th");
        List<String> values = cells(html, "td");
        String id = null;
        String created = null;
        String classification = null;
        String origin = null;
        for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
            String value = values.get(i).isBlank() ? null : values.get(i);
            switch (names.get(i).toLowerCase(Locale.ROOT)) {
                case "reference id" -> id = value;
                case "created" -> created = value;
                case "classification" -> classification = value;
                case "origin" -> origin = value;
                default -> { }
            }
        }
        return id == null && created == null && classification == null && origin == null
                ? null : new SourceMetadata(id, created, classification, origin);
    }

    private static List<String> cells(String html, String tag) {
        List<String> cells = new ArrayList<>();
        String open = "<" + tag;
        String close = "</" + tag + ">";
        int at = html.indexOf(open);
        while (at >= 0 && at + open.length() < html.length() && Character.isLetter(html.charAt(at + open.length()))) {
            at = html.indexOf(open, at + 1);
        }
        while (at >= 0) {
            int start = html.indexOf('>', at);
            int end = html.indexOf(close, start);
            if (start < 0 || end < 0) {
                break;
            }
            cells.add(Lines.collapseWhitespace(HtmlText.toText(html.substring(start + 1, end))));
            at = html.indexOf(open, end);
        }
        return cells;
    }

    /** The cable's title from the heading at {@code at} ({@code Viewing cable 09SUVA55, TITLE}), or {@code null}. */
    private static String title(String page, int at) {
        int end = page.indexOf('<', at);
        String heading = HtmlText.toText(page.substring(at + HEADING_PREFIX.length(), end < 0 ? page.length() : end));
        int comma = heading.indexOf(',');
        String title = comma < 0 ? "" : heading.substring(comma + 1).strip();
        return title.isEmpty() ? null : title;
    }
}
