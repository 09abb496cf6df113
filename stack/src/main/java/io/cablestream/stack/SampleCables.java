package io.cablestream.stack;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic cables in the bare telegram format (routing header, classification banner,
 * TAGS, SUBJECT, REF list, numbered paragraphs, signer). Deterministic for a given seed; every
 * person, subject and serial is invented. Later cables reference earlier ones.
 */
public final class SampleCables {

    /** A generated cable: its reference ID and full text. */
    public record SampleCable(String referenceId, String text) {
    }

    private record Post(String name, String indicator, String countryTag, String ambassador) {
    }

    private static final List<Post> POSTS = List.of(
            new Post("MOSCOW", "RUEHMO", "RS", "HOLLIS"),
            new Post("BEIJING", "RUEHBJ", "CH", "MARLOWE"),
            new Post("SEOUL", "RUEHUL", "KS", "ASHGROVE"),
            new Post("TOKYO", "RUEHKO", "JA", "PEMBERTON"),
            new Post("BERLIN", "RUEHRL", "GM", "WINSLOW"),
            new Post("PARIS", "RUEHFR", "FR", "DELACROIX"),
            new Post("ANKARA", "RUEHAK", "TU", "CARRINGTON"),
            new Post("CAIRO", "RUEHEG", "EG", "FAIRBANKS"),
            new Post("THE HAGUE", "RUEHTC", "NL", "VANDERMEER"),
            new Post("NEW DELHI", "RUEHNE", "IN", "RAMSEY"));
    private static final List<String> LEVELS = List.of("UNCLASSIFIED", "CONFIDENTIAL", "CONFIDENTIAL", "SECRET");
    private static final List<String> SUBJECT_TAGS = List.of("PREL", "PGOV", "ECON", "ETRD", "PHUM", "MARR",
            "ENRG", "EFIN", "PTER", "SNAR", "KNNP", "KDEM");
    private static final List<String> TOPICS = List.of("ENERGY TALKS", "TRADE DISPUTE", "ELECTION OUTLOOK",
            "NUCLEAR DIPLOMACY", "HUMAN RIGHTS DIALOGUE", "DEFENSE COOPERATION", "BUDGET DEBATE",
            "COUNTERNARCOTICS EFFORTS");
    private static final List<String> OFFICIALS = List.of("Deputy Foreign Minister Anton Varkov",
            "Trade Minister Elena Brask", "Senator Tomas Quill", "Ambassador Lydia Ferrow",
            "Director General Omar Seddik", "Vice Minister Chen Haowen");
    private static final String[] SENTENCES = {
        "%s told the Ambassador that the government would move cautiously on the %s.",
        "Officials expect the issue to return to the cabinet before the end of the month.",
        "Post contacts described the mood in the ministry as tense but pragmatic.",
        "%s asked for continued consultations and a follow-up meeting in Washington.",
        "Opposition figures dismissed the initiative as a tactical gesture.",
        "The press has covered the remarks of %s extensively, mostly in critical terms.",
        "Embassy officers will continue to monitor developments closely.",
    };
    private static final DateTimeFormatter DTG = DateTimeFormatter.ofPattern("ddHHmm'Z' MMM yy", Locale.ENGLISH);

    private SampleCables() {
    }

    /** {@code count} cables generated from {@code seed}; the same arguments give the same cables. */
    public static List<SampleCable> generate(int count, long seed) {
        var random = new Random(seed);
        var cables = new ArrayList<SampleCable>(count);
        var time = LocalDateTime.of(2007, 1, 3, 9, 15);
        for (int i = 0; i < count; i++) {
            time = time.plusHours(1 + random.nextInt(60)).plusMinutes(random.nextInt(60));
            cables.add(cable(random, time, 100 + i * 7 + random.nextInt(7), cables));
        }
        return cables;
    }

    private static SampleCable cable(Random random, LocalDateTime time, int serial, List<SampleCable> earlier) {
        var post = POSTS.get(random.nextInt(POSTS.size()));
        String level = LEVELS.get(random.nextInt(LEVELS.size()));
        String yy = String.format("%02d", time.getYear() % 100);
        String referenceId = yy + post.name().replace(" ", "") + serial;
        String topic = TOPICS.get(random.nextInt(TOPICS.size()));
        String official = OFFICIALS.get(random.nextInt(OFFICIALS.size()));
        String marking = switch (level) {
            case "SECRET" -> "S";
            case "CONFIDENTIAL" -> "C";
            default -> "SBU";
        };
        var text = new StringBuilder();
        text.append("VZCZCXRO").append(1000 + random.nextInt(9000)).append('\n')
                .append("PP RUEHDBU\n")
                .append("DE ").append(post.indicator()).append(" #").append(String.format("%04d", serial))
                .append("/01 ").append(String.format("%03d%02d%02d", time.getDayOfYear(), time.getHour(),
                        time.getMinute())).append('\n')
                .append("ZNY ").append(level.charAt(0)).append(level.charAt(0)).append(level.charAt(0))
                .append(level.charAt(0)).append(level.charAt(0)).append(" ZZH\n")
                .append("P ").append(DTG.format(time).toUpperCase(Locale.ENGLISH)).append('\n')
                .append("FM AMEMBASSY ").append(post.name()).append('\n')
                .append("TO RUEHC/SECSTATE WASHDC PRIORITY ").append(2000 + random.nextInt(7000)).append('\n')
                .append("BT\n")
                .append(spaced(level)).append(' ').append(post.name()).append(' ')
                .append(String.format("%06d", serial)).append("\n\n")
                .append("SIPDIS\n\n");
        if (!level.equals("UNCLASSIFIED")) {
            text.append("E.O. 12958: DECL: ").append(String.format("%02d/%02d/%d", time.getMonthValue(),
                    time.getDayOfMonth(), time.getYear() + 10)).append('\n');
        } else {
            text.append("E.O. 12958: N/A\n");
        }
        String subjectTag = SUBJECT_TAGS.get(random.nextInt(SUBJECT_TAGS.size()));
        text.append("TAGS: ").append(subjectTag).append(" PREL ").append(post.countryTag()).append('\n')
                .append("SUBJECT: ").append(post.name()).append(' ').append(topic).append(": ")
                .append(official.substring(official.lastIndexOf(' ') + 1).toUpperCase(Locale.ENGLISH))
                .append(" OUTLINES NEXT STEPS\n\n");
        if (!earlier.isEmpty() && random.nextBoolean()) {
            var cited = earlier.get(random.nextInt(earlier.size())).referenceId();
            text.append("REF: ").append(cited).append("\n\n");
        }
        if (!level.equals("UNCLASSIFIED")) {
            text.append("Classified By: Political Counselor Ruth Ellery for reasons 1.4 (b) and (d).\n\n");
        }
        int paragraphs = 3 + random.nextInt(4);
        for (int p = 1; p <= paragraphs; p++) {
            text.append(p).append(". (").append(marking).append(") ");
            if (p == 1) {
                text.append("Summary: ");
            }
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                text.append(SENTENCES[random.nextInt(SENTENCES.length)]
                        .formatted(official, topic.toLowerCase(Locale.ENGLISH))).append(' ');
            }
            if (p == 1) {
                text.append("End summary.");
            }
            text.append("\n\n");
        }
        text.append(post.ambassador()).append('\n');
        return new SampleCable(referenceId, text.toString());
    }

    private static String spaced(String level) {
        return String.join(" ", level.split(""));
    }
}
