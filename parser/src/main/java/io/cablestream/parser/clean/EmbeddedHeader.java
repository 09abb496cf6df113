package io.cablestream.parser.clean;

import io.cablestream.contract.event.SourceMetadata;
import io.cablestream.parser.field.Banner;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Metadata blocks that other exports left at the top of a cable's text ("headers inside the
 * body"): the {@code ID: / ORIGIN: / DATE: / SOURCE: / CLASSIFICATION:} block, and the
 * {@code >} block listing date, reference ID, origin and classification one per line. Finds the
 * block, reads its metadata, and says where the real text resumes.
 */
public final class EmbeddedHeader {

    /**
     * A block found at the top of the text.
     *
     * @param metadata what the block says about the cable
     * @param endLine index of the first line after the block
     */
    public record Found(SourceMetadata metadata, int endLine) {
    }

    private static final int SEARCH_LINES = 5;
    private static final int LONGEST_BLOCK = 120;
    private static final Pattern US_DATE_TIME = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{4}\\s+\\d{1,2}:\\d{2}$");
    private static final Pattern REFERENCE_ID = Pattern.compile("^\\d{2}[A-Z]{2,25}\\d{1,7}$");

    private EmbeddedHeader() {
    }

    /** The block opening {@code lines}, if there is one. */
    public static Optional<Found> find(List<String> lines) {
        int first = firstNonBlank(lines, 0);
        if (first < 0 || first > SEARCH_LINES) {
            return Optional.empty();
        }
        String line = lines.get(first).strip();
        if (line.startsWith("ID:") && first + 1 < lines.size() && lines.get(first + 1).startsWith("ORIGIN:")) {
            return Optional.of(labelled(lines, first));
        }
        int dateLine = line.equals(">") ? firstNonBlank(lines, first + 1) : first;
        if (dateLine >= 0 && dateLine + 1 < lines.size()
                && US_DATE_TIME.matcher(lines.get(dateLine).strip()).matches()
                && REFERENCE_ID.matcher(lines.get(dateLine + 1).strip()).matches()) {
            return Optional.of(listed(lines, dateLine));
        }
        return Optional.empty();
    }

    private static Found labelled(List<String> lines, int start) {
        String id = null;
        String created = null;
        String origin = null;
        String classification = null;
        int i = start;
        for (; i < lines.size() && i - start < LONGEST_BLOCK && !lines.get(i).isBlank(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String value = line.substring(colon + 1).strip();
            switch (line.substring(0, colon).strip().toUpperCase(Locale.ROOT)) {
                case "ORIGIN" -> id = value;
                case "DATE" -> created = value;
                case "SOURCE" -> origin = value;
                case "CLASSIFICATION" -> classification = value;
                default -> { }
            }
        }
        return new Found(new SourceMetadata(id, created, classification, origin), i);
    }

    private static Found listed(List<String> lines, int dateLine) {
        String created = lines.get(dateLine).strip();
        String id = lines.get(dateLine + 1).strip();
        String origin = dateLine + 2 < lines.size() ? lines.get(dateLine + 2).strip() : null;
        String classification = dateLine + 3 < lines.size() ? lines.get(dateLine + 3).strip() : null;
        int end = dateLine + 2;
        int limit = Math.min(lines.size(), dateLine + LONGEST_BLOCK);
        for (int i = dateLine + 4; i < limit; i++) {
            if (Banner.parse(lines.get(i)).filter(Banner::hasPostAndSerial).isPresent()) {
                end = i;
                break;
            }
        }
        return new Found(new SourceMetadata(id, created, classification, origin),
                Math.min(lines.size(), Math.max(end, dateLine + 4)));
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
