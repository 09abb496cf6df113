package io.cablestream.parser.format;

import io.cablestream.contract.event.SourceMetadata;
import io.cablestream.parser.CableRejectedException;
import io.cablestream.parser.InputFormat;
import io.cablestream.parser.ReadEntry;
import io.cablestream.parser.Rejection;
import io.cablestream.parser.text.Lines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The flattened export format of the seed cable: a block of labels ({@code Identifier},
 * {@code Created}, {@code Classification}, {@code Origin}) followed by their values in the same
 * order, a {@code Cable title:} line and title, the routing header on one line, then the text.
 * A file may hold several such cables one after the other.
 */
public final class SeedFormat {

    private static final List<String> LABELS = List.of("identifier", "created", "released", "classification",
            "origin", "references", "tags");
    private static final String TITLE_LABEL = "cable title:";

    private SeedFormat() {
    }

    /** True when {@code head} opens with the {@code Identifier} / {@code Created} label block. */
    static boolean startsWithHeader(String head) {
        List<String> lines = Lines.split(head);
        return lines.size() >= 2 && isLabel(lines.get(0), "identifier") && isLabel(lines.get(1), "created");
    }

    /** Splits a seed export file into its cables, one entry per label block. */
    public static List<ReadEntry> read(String content, String sourceName) {
        List<String> lines = Lines.split(content);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (isLabel(lines.get(i), "identifier") && isLabel(lines.get(i + 1), "created")) {
                starts.add(i);
            }
        }
        List<ReadEntry> entries = new ArrayList<>();
        if (starts.isEmpty()) {
            entries.add(new Rejection(Entries.at(sourceName, 1),
                    "not a seed export: no 'Identifier' / 'Created' label block found"
                            + " (choose the format that matches the file, e.g. --format text)"));
            return entries;
        }
        if (starts.get(0) > 0 && hasText(lines, 0, starts.get(0))) {
            entries.add(new Rejection(Entries.at(sourceName, 1),
                    "text before the first 'Identifier' label block is not part of any cable"
                            + " (remove it or start the file with the label block)"));
        }
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            String text = Lines.join(lines.subList(from, to));
            entries.add(Entries.entry(text, InputFormat.SEED, Entries.at(sourceName, from + 1), SeedFormat::decode));
        }
        return entries;
    }

    /** Takes one seed export apart into metadata, title, routing header and body. */
    public static CableDocument decode(String text) {
        List<String> lines = Lines.split(text);
        int i = skipBlank(lines, 0);
        List<String> labels = new ArrayList<>();
        while (i < lines.size() && LABELS.contains(lines.get(i).strip().toLowerCase(Locale.ROOT))) {
            labels.add(lines.get(i).strip().toLowerCase(Locale.ROOT));
            i++;
        }
        if (labels.isEmpty() || !labels.get(0).equals("identifier")) {
            throw new CableRejectedException("seed export does not start with the 'Identifier' label",
                    "begin the cable with the labels Identifier, Created, Classification, Origin, then their values");
        }
        if (i + labels.size() > lines.size()) {
            throw new CableRejectedException("seed export ends inside its header block: " + labels.size()
                    + " labels but fewer values", "give one value line per label");
        }
        Map<String, String> values = new HashMap<>();
        for (String label : labels) {
            values.put(label, lines.get(i).strip());
            i++;
        }
        StringBuilder title = new StringBuilder();
        int next = skipBlank(lines, i);
        if (next < lines.size() && lines.get(next).strip().toLowerCase(Locale.ROOT).startsWith(TITLE_LABEL)) {
            title.append(lines.get(next).strip().substring(TITLE_LABEL.length()).strip());
            next++;
            while (next < lines.size() && !isRoutingLine(lines.get(next)) && title.isEmpty()) {
                title.append(lines.get(next).strip());
                next++;
            }
        }
        String routing = "";
        if (next < lines.size() && isRoutingLine(lines.get(next))) {
            routing = lines.get(next).strip();
            next++;
        }
        SourceMetadata metadata = new SourceMetadata(Entries.blankToNull(values.get("identifier")),
                Entries.blankToNull(values.get("created")), Entries.blankToNull(values.get("classification")),
                Entries.blankToNull(values.get("origin")));
        String body = Lines.join(lines.subList(Math.min(next, lines.size()), lines.size()));
        return new CableDocument(metadata, routing, body, title.isEmpty() ? null : title.toString());
    }

    private static boolean isRoutingLine(String line) {
        return line.stripLeading().startsWith("VZCZC");
    }

    private static boolean isLabel(String line, String label) {
        return line.strip().equalsIgnoreCase(label);
    }

    private static boolean hasText(List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lines.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static int skipBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
