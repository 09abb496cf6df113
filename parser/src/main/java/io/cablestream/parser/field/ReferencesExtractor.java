package io.cablestream.parser.field;

import io.cablestream.contract.event.ParsedCable.Reference;
import io.cablestream.parser.ReferenceIds;
import io.cablestream.parser.text.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REF list: entries labelled {@code A.}, {@code (B)}, {@code C)} … in order (or unlabelled
 * entries separated by semicolons, or by commas when each names a cable), each kept as written and, when it names a cable
 * ({@code MOSCOW 3456}, {@code 07 STATE 12345}, {@code DOHA 152 (08)}), given its canonical ID. A
 * cable named without a year is taken to be from the citing cable's year.
 */
public final class ReferencesExtractor {

    private static final Pattern CABLE = Pattern.compile(
            "^(?:(\\d{2})\\s+)?([A-Z][A-Z.'-]*(?:\\s[A-Z][A-Z.'-]*){0,3})\\s+0*(\\d{1,7})(?![\\d/:-])(?:\\s*\\((\\d{2})\\))?");
    private static final Pattern COMPACT_CABLE = Pattern.compile("^(\\d{2})([A-Z]{2,30})(\\d{1,7})\\b");
    private static final int MAX_ENTRIES = 52;

    private ReferencesExtractor() {
    }

    /**
     * The REF entries in {@code preamble}.
     *
     * @param citingYear two-digit year of the citing cable, for references written without one, or {@code null}
     */
    public static List<Reference> extract(Preamble preamble, String citingYear) {
        return preamble.field(Preamble.Label.REFERENCES)
                .map(field -> parse(Lines.collapseWhitespace(field), citingYear))
                .orElse(List.of());
    }

    static List<Reference> parse(String text, String citingYear) {
        List<Reference> references = new ArrayList<>();
        List<int[]> labels = labels(text);
        if (labels.isEmpty()) {
            for (String part : text.split(";")) {
                String[] listed = part.split(",");
                boolean allCables = listed.length > 1;
                for (String item : listed) {
                    allCables &= cableId(trim(item), citingYear).isPresent();
                }
                for (String item : allCables ? listed : new String[] {part}) {
                    addEntry(references, null, item, citingYear);
                }
            }
            return references;
        }
        if (labels.get(0)[0] > 0) {
            addEntry(references, null, text.substring(0, labels.get(0)[0]), citingYear);
        }
        for (int k = 0; k < labels.size(); k++) {
            int end = k + 1 < labels.size() ? labels.get(k + 1)[0] : text.length();
            String label = String.valueOf((char) ('A' + k));
            addEntry(references, label, text.substring(labels.get(k)[1], end), citingYear);
        }
        return references;
    }

    /** Start and end of each label {@code A}, {@code B}, … found in order. */
    private static List<int[]> labels(String text) {
        List<int[]> labels = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < MAX_ENTRIES / 2; k++) {
            char letter = (char) ('A' + k);
            int[] found = findLabel(text, letter, from);
            if (found == null) {
                break;
            }
            labels.add(found);
            from = found[1];
        }
        return labels;
    }

    private static int[] findLabel(String text, char letter, int from) {
        for (int i = from; i < text.length(); i++) {
            boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (!boundary) {
                continue;
            }
            char c = Character.toUpperCase(text.charAt(i));
            if (c == '(' && i + 2 < text.length() && Character.toUpperCase(text.charAt(i + 1)) == letter
                    && text.charAt(i + 2) == ')') {
                return new int[] {i, i + 3};
            }
            if (c == letter && i + 1 < text.length() && (text.charAt(i + 1) == '.' || text.charAt(i + 1) == ')'
                    || text.charAt(i + 1) == ':')
                    && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2)))) {
                return new int[] {i, i + 2};
            }
        }
        return null;
    }

    private static void addEntry(List<Reference> references, String label, String raw, String citingYear) {
        String text = trim(raw);
        if (text.isEmpty()) {
            return;
        }
        references.add(new Reference(label, cableId(text, citingYear).orElse(null), text));
    }

    /** The canonical ID of the cable an entry names, when it names one. */
    static Optional<String> cableId(String entry, String citingYear) {
        String upper = entry.toUpperCase(Locale.ROOT);
        Matcher compact = COMPACT_CABLE.matcher(upper);
        if (compact.lookingAt()) {
            return ReferenceIds.canonical(compact.group());
        }
        Matcher m = CABLE.matcher(upper);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String post = m.group(2).strip();
        String year = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : citingYear;
        Optional<String> idPost = postOf(post, m.group(1) != null);
        if (year == null || idPost.isEmpty()) {
            return Optional.empty();
        }
        return ReferenceIds.canonical(year + idPost.get() + m.group(3));
    }

    private static Optional<String> postOf(String post, boolean explicitYear) {
        if (post.equals("SECSTATE") || post.equals("STATE")) {
            return Optional.of("STATE");
        }
        if (Posts.isKnown(post) || Posts.byCompactName(post.replace(" ", "")).isPresent()) {
            return Optional.of(post.replace(" ", ""));
        }
        return explicitYear && post.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c == ' ')
                ? Optional.of(post.replace(" ", "")) : Optional.empty();
    }

    private static String trim(String raw) {
        String text = raw.strip();
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ';'
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        text = text.substring(0, end);
        if (text.toUpperCase(Locale.ROOT).endsWith(" AND")) {
            text = text.substring(0, text.length() - 4).strip();
        }
        return text;
    }
}
