package io.cablestream.query.bench;

import io.cablestream.contract.event.Annotation;
import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.TagMeaning;
import io.cablestream.contract.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic enriched cables for the query benchmark, the same for every run with the same seed:
 * bodies of Zipf-distributed words from a made-up vocabulary, 2–6 TAGS (subject and geographic
 * codes with meanings), one of 250 posts, six classification levels, dates 1966–2010 leaning to
 * the 2000s like the real collection, and REF lists citing earlier cables. Also the benchmark
 * queries, drawn from the same vocabulary so that they match few, many or most cables.
 */
final class SyntheticCorpus {

    private static final String[] SYLLABLES = {"ka", "ro", "mi", "te", "sa", "lu", "no", "vi", "de", "pa", "ri", "go",
        "za", "el", "an", "or", "us", "ti", "be", "mo", "ne", "si", "la", "du", "fe", "qu", "ba", "ir", "to", "ma"};
    private static final String[] SUBJECT_TAGS = {"PREL", "PGOV", "ECON", "ETRD", "MARR", "PHUM", "KDEM", "PTER",
        "ENRG", "EFIN", "SNAR", "KNNP", "PINR", "OVIP", "SOCI", "ELAB", "EAGR", "KCRM", "ASEC", "CASC"};
    private static final String[] LEVELS = {"UNCLASSIFIED", "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "CONFIDENTIAL",
        "CONFIDENTIAL//NOFORN", "SECRET", "SECRET//NOFORN"};
    private static final double[] LEVEL_WEIGHTS = {0.30, 0.10, 0.35, 0.05, 0.15, 0.05};
    private static final int VOCABULARY = 30_000;
    private static final int POSTS = 250;
    private static final int COUNTRIES = 200;

    private final String[] words = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];
    private final String[] posts = new String[POSTS];
    private final String[] countryCodes = new String[COUNTRIES];
    private final String[] countryNames = new String[COUNTRIES];
    private final long seed;

    SyntheticCorpus(long seed) {
        this.seed = seed;
        var random = new Random(seed);
        Set<String> seen = new LinkedHashSet<>();
        while (seen.size() < VOCABULARY) {
            var word = new StringBuilder();
            int syllables = 1 + random.nextInt(4);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            seen.add(word.toString());
        }
        seen.toArray(words);
        double total = 0;
        for (int rank = 0; rank < VOCABULARY; rank++) {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }
        for (int rank = 0; rank < VOCABULARY; rank++) {
            cumulative[rank] /= total;
        }
        for (int i = 0; i < POSTS; i++) {
            posts[i] = (i % 5 == 0 ? "Consulate " : "Embassy ") + capitalized(words[100 + i * 7]);
        }
        for (int i = 0; i < COUNTRIES; i++) {
            countryCodes[i] = "" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            countryNames[i] = capitalized(words[50 + i * 11]) + "land";
        }
    }

    /** The {@code n}-th cable (0-based) with its JSON as enrich-service would publish it. */
    EnrichedCable cable(int n) {
        var random = new Random(seed * 31 + n);
        LocalDate day = LocalDate.of(2010, 2, 28).minusDays((long) (Math.pow(random.nextDouble(), 3) * 16_000));
        Instant created = day.atStartOfDay(ZoneOffset.UTC).plusMinutes(random.nextInt(24 * 60)).toInstant();
        String post = posts[(int) (Math.pow(random.nextDouble(), 2) * POSTS)];
        String id = String.format(Locale.ROOT, "%02d%s%d", day.getYear() % 100,
                post.substring(post.indexOf(' ') + 1).toUpperCase(Locale.ROOT), n);
        List<TagMeaning> tags = new ArrayList<>();
        int country = (int) (Math.pow(random.nextDouble(), 2) * COUNTRIES);
        tags.add(new TagMeaning(countryCodes[country], "geographic", countryNames[country], true));
        int subjects = 1 + random.nextInt(5);
        for (int t = 0; t < subjects; t++) {
            String code = SUBJECT_TAGS[(int) (Math.pow(random.nextDouble(), 2) * SUBJECT_TAGS.length)];
            if (tags.stream().noneMatch(tag -> tag.code().equals(code))) {
                tags.add(new TagMeaning(code, "subject", "Subject " + code.toLowerCase(Locale.ROOT), true));
            }
        }
        String[] level = LEVELS[pick(random, LEVEL_WEIGHTS)].split("//");
        String body = body(random);
        List<ParsedCable.Reference> references = new ArrayList<>();
        for (int r = 0; r < random.nextInt(3) && n > 0; r++) {
            int cited = random.nextInt(n);
            references.add(new ParsedCable.Reference(String.valueOf((char) ('A' + r)), "REF" + cited, "REF " + cited));
        }
        var parsed = new ParsedCable(id, "sha256:" + HexFormat.of().formatHex(longBytes(seed * 31 + n)) + "0".repeat(48),
                "benchmark", "bench", "text", new CableSource("synthetic", "cable " + n), created.toString(),
                new ParsedCable.Classification(level[0], level.length > 1 ? List.of(level[1]) : List.of()), post,
                null, null, null, tags.stream().map(TagMeaning::code).toList(), sentence(random, 4 + random.nextInt(6))
                        .toUpperCase(Locale.ROOT), references, null, null, List.of(), List.of(), List.of(), body,
                List.of(), List.of());
        return new EnrichedCable(parsed, Map.of("tags", new Annotation("tags", "1", Json.MAPPER.valueToTree(tags))),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** {@code count} queries: single words of every frequency, AND and OR pairs, phrases. */
    List<String> queries(int count) {
        var random = new Random(seed + 1);
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String frequent = words[5 + random.nextInt(100)];
            String middling = words[100 + random.nextInt(2_000)];
            String rare = words[2_000 + random.nextInt(20_000)];
            queries.add(switch (i % 10) {
                case 0, 1 -> frequent;
                case 2, 3, 4 -> middling;
                case 5 -> rare;
                case 6, 7 -> frequent + " AND " + middling;
                case 8 -> middling + " OR " + rare;
                default -> "\"" + frequent + " " + middling + "\"";
            });
        }
        return queries;
    }

    private String body(Random random) {
        var body = new StringBuilder();
        int paragraphs = 4 + random.nextInt(11);
        for (int p = 1; p <= paragraphs; p++) {
            body.append(p).append(". (C) ");
            int sentences = 2 + random.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                body.append(capitalized(sentence(random, 8 + random.nextInt(16)))).append(". ");
            }
            body.append("\n\n");
        }
        return body.toString();
    }

    private String sentence(Random random, int length) {
        var sentence = new StringBuilder();
        for (int w = 0; w < length; w++) {
            if (w > 0) {
                sentence.append(' ');
            }
            int rank = Arrays.binarySearch(cumulative, random.nextDouble());
            sentence.append(words[Math.min(VOCABULARY - 1, rank < 0 ? -rank - 1 : rank)]);
        }
        return sentence.toString();
    }

    private static int pick(Random random, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
