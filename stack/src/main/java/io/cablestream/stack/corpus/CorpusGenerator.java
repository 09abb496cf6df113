package io.cablestream.stack.corpus;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates a synthetic leak, deterministically from a seed and lazily (millions of cables in
 * constant memory): posts drawn with a Zipf-like skew, Cablegate's mix of years and classifications,
 * a long-tailed number of paragraphs (about 7 KB per cable on average), TAGS of the subject and the
 * post's country, REF lists citing earlier generated cables, invented people and places.
 */
public final class CorpusGenerator {

    /** The size of the 2010 Cablegate release, the default scale. */
    public static final int CABLEGATE_SIZE = 251_287;

    private static final DateTimeFormatter DTG = DateTimeFormatter.ofPattern("ddHHmm'Z' MMM yy", Locale.ENGLISH);
    private static final int CITABLE = 4096;

    private final Random random;
    private final Map<String, Integer> serials = new HashMap<>();
    private final String[] recent = new String[CITABLE];
    private long generated;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** An endless, reproducible stream of cables; {@code limit} it. */
    public Stream<SyntheticCable> stream() {
        return Stream.generate(this::next);
    }

    /** The next cable. */
    public SyntheticCable next() {
        var post = Vocabulary.POSTS.get(zipf(Vocabulary.POSTS.size()));
        int year = Vocabulary.YEARS[pick(Vocabulary.YEAR_SHARES)];
        var created = LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24),
                random.nextInt(60));
        String classification = Vocabulary.CLASSIFICATIONS.get(pick(Vocabulary.CLASSIFICATION_SHARES));
        String referenceId = String.format("%02d%s%d", year % 100, post.name().replace(" ", ""),
                serials.merge(post.name() + year, 1 + random.nextInt(40), Integer::sum));
        List<String> references = references();
        var cable = new SyntheticCable(referenceId, created, classification, post.origin(), references,
                header(post, created, classification, referenceId),
                body(post, created, classification, referenceId, references));
        recent[(int) (generated++ % CITABLE)] = referenceId;
        return cable;
    }

    private List<String> references() {
        var cited = new ArrayList<String>();
        if (generated > 0 && random.nextDouble() < 0.4) {
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                cited.add(recent[random.nextInt((int) Math.min(generated, CITABLE))]);
            }
        }
        return cited.stream().distinct().toList();
    }

    private String header(Post post, LocalDateTime created, String classification, String referenceId) {
        String serial = referenceId.substring(2 + post.name().replace(" ", "").length());
        char level = classification.charAt(0);
        return "VZCZCXRO" + (1000 + random.nextInt(9000)) + "\n"
                + "PP RUEHDBU\n"
                + "DE " + post.indicator() + " #" + String.format("%04d", Integer.parseInt(serial) % 10000) + "/01 "
                + String.format("%03d%02d%02d", created.getDayOfYear(), created.getHour(), created.getMinute()) + "\n"
                + "ZNY " + String.valueOf(level).repeat(5) + " ZZH\n"
                + "P " + DTG.format(created).toUpperCase(Locale.ENGLISH) + "\n"
                + "FM " + post.sender() + "\n"
                + "TO RUEHC/SECSTATE WASHDC PRIORITY " + (1000 + random.nextInt(9000)) + "\n"
                + "INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE PRIORITY";
    }

    private String body(Post post, LocalDateTime created, String classification, String referenceId,
            List<String> references) {
        String level = classification.split("//")[0];
        boolean classified = !level.equals("UNCLASSIFIED");
        String marking = switch (level) {
            case "SECRET" -> classification.endsWith("NOFORN") ? "S/NF" : "S";
            case "CONFIDENTIAL" -> "C";
            default -> classification.contains("OFFICIAL") ? "SBU" : "U";
        };
        String topic = Vocabulary.TOPICS.get(random.nextInt(Vocabulary.TOPICS.size()));
        String person = Vocabulary.PEOPLE.get(random.nextInt(Vocabulary.PEOPLE.size()));
        String serial = referenceId.substring(2 + post.name().replace(" ", "").length());
        var text = new StringBuilder(8192);
        text.append(classified ? String.join(" ", level.split("")) : "UNCLAS").append(' ')
                .append(post.name()).append(' ').append(String.format("%06d", Integer.parseInt(serial))).append("\n\n");
        if (classification.endsWith("NOFORN")) {
            text.append("NOFORN\n");
        }
        if (classification.contains("OFFICIAL")) {
            text.append("SENSITIVE\n");
        }
        text.append("SIPDIS\n\n");
        text.append(classified
                ? "E.O. 12958: DECL: " + String.format("%02d/%02d/%d", created.getMonthValue(), created.getDayOfMonth(),
                        created.getYear() + 10) + "\n"
                : "E.O. 12958: N/A\n");
        String subjectTag = Vocabulary.SUBJECT_TAGS.get(zipf(Vocabulary.SUBJECT_TAGS.size()));
        text.append("TAGS: ").append(subjectTag).append(subjectTag.equals("PREL") ? " PGOV " : " PREL ")
                .append(post.countryTag()).append('\n');
        text.append("SUBJECT: ").append(post.name().equals("STATE") ? "DEMARCHE" : post.name()).append(": ")
                .append(topic.toUpperCase(Locale.ENGLISH)).append(" - ")
                .append(surname(person).toUpperCase(Locale.ENGLISH)).append(" SEES NO QUICK DEAL\n\n");
        if (!references.isEmpty()) {
            text.append("REF: ");
            for (int i = 0; i < references.size(); i++) {
                text.append(i == 0 ? "" : " ").append((char) ('A' + i)).append(". ").append(references.get(i));
            }
            text.append("\n\n");
        }
        if (classified) {
            text.append("Classified By: Political Counselor Ruth Ellery for reasons 1.4 (b) and (d).\n\n");
        }
        int paragraphs = 2 + (int) Math.min(45, Math.round(-Math.log(1 - random.nextDouble()) * 12));
        for (int p = 1; p <= paragraphs; p++) {
            text.append(p).append(". (").append(marking).append(") ");
            if (p == 1) {
                text.append("Summary: ");
            }
            int sentences = 2 + random.nextInt(7);
            for (int s = 0; s < sentences; s++) {
                text.append(Vocabulary.SENTENCES.get(random.nextInt(Vocabulary.SENTENCES.size()))
                        .formatted(person, topic, post.city())).append(' ');
            }
            if (p == 1) {
                text.append("End summary.");
            }
            text.append("\n\n");
        }
        text.append(post.name().equals("STATE") ? "RICE" : surname(Vocabulary.PEOPLE.get(zipf(3))).toUpperCase(
                Locale.ENGLISH)).append('\n');
        return text.toString();
    }

    private static String surname(String person) {
        return person.substring(person.lastIndexOf(' ') + 1);
    }

    private int zipf(int size) {
        double total = 0;
        for (int i = 1; i <= size; i++) {
            total += 1.0 / i;
        }
        double target = random.nextDouble() * total;
        for (int i = 1; i <= size; i++) {
            target -= 1.0 / i;
            if (target <= 0) {
                return i - 1;
            }
        }
        return size - 1;
    }

    private int pick(double[] shares) {
        double target = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            target -= shares[i];
            if (target <= 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
