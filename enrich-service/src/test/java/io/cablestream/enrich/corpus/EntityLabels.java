package io.cablestream.enrich.corpus;

import io.cablestream.contract.event.ParsedCable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The hand-labelled entity mentions of {@code corpus-labels/entities.tsv}: reference ID, paragraph, offsets and
 * type, plus a fingerprint of the span that re-finds it when the parser's paragraph text has shifted.
 */
final class EntityLabels {

    /**
     * One labelled mention.
     *
     * @param set {@code development} (cables the recognizer was developed on) or {@code second-batch} (labelled
     *     after it was frozen; docs/enrich.md gives the figures measured before it was used for fixes)
     */
    record Label(String referenceId, int paragraph, int start, int end, String type, String check, String set) {
    }

    private static final int SEARCH_SLACK = 12;

    private EntityLabels() {
    }

    /** The labels by reference ID, in file order. */
    static Map<String, List<Label>> load() {
        Map<String, List<Label>> byCable = new LinkedHashMap<>();
        try (var in = Objects.requireNonNull(EntityLabels.class.getResourceAsStream("/corpus-labels/entities.tsv"));
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] f = line.split("\t");
                var label = new Label(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5],
                        f[6]);
                byCable.computeIfAbsent(label.referenceId(), id -> new ArrayList<>()).add(label);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byCable;
    }

    /**
     * The label placed on the cable as parsed now: as written when its span still has the recorded fingerprint,
     * else the span with that fingerprint nearest the recorded offsets; empty when the span is gone.
     */
    static Optional<Label> align(Label label, ParsedCable cable) {
        String text = cable.paragraphs().stream().filter(p -> Objects.equals(p.number(), label.paragraph()))
                .map(ParsedCable.Paragraph::text).findFirst().orElse(null);
        if (text == null) {
            return Optional.empty();
        }
        if (label.end() <= text.length() && fingerprint(text.substring(label.start(), label.end())).equals(label.check())) {
            return Optional.of(label);
        }
        Label best = null;
        int length = label.end() - label.start();
        for (int start = 0; start < text.length(); start++) {
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            for (int end = start + Math.max(1, length - SEARCH_SLACK); end <= Math.min(text.length(), start + length + SEARCH_SLACK); end++) {
                if (fingerprint(text.substring(start, end)).equals(label.check()) && (best == null
                        || Math.abs(start - label.start()) < Math.abs(best.start() - label.start()))) {
                    best = new Label(label.referenceId(), label.paragraph(), start, end, label.type(), label.check(),
                            label.set());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static String fingerprint(String span) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(span.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
