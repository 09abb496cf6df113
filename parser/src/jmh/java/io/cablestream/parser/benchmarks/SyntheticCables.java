package io.cablestream.parser.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic cables in the real telegram layout, deterministically from a seed: routing
 * header, banner, caveats, E.O., TAGS, SUBJECT, a REF list, "Classified By", marked paragraphs with
 * page breaks between sections, a comment and the signer. Also writes pathological repetition.
 */
final class SyntheticCables {

    private static final String[] POSTS = {"TIRANA", "VILNIUS", "SUVA", "HANOI", "OSLO", "KABUL", "LA PAZ",
        "THE HAGUE", "PORT LOUIS", "ULAANBAATAR", "BERN", "QUITO"};
    private static final String[] LEVELS = {"C O N F I D E N T I A L", "S E C R E T", "UNCLAS", "C O N F I D E N T I A L"};
    private static final String[] MARKINGS = {"C", "S", "SBU", "U", "C/NF"};
    private static final String[] TAGS = {"PREL", "PGOV", "ECON", "ETRD", "EFIN", "MOPS", "PHUM", "KDEM", "SMIG",
        "ENRG", "KCRM", "PTER", "EAGR", "SNAR", "KWMN"};
    private static final String[] WORDS = {"ministry", "officials", "agreed", "road", "funding", "council", "harbour",
        "the", "and", "of", "to", "a", "plan", "election", "budget", "minister", "said", "would", "proposal",
        "parliament", "reform", "delegation", "meeting", "embassy", "press", "report", "security", "border",
        "trade", "talks", "week", "governor", "province", "cooperation", "assistance", "program", "local", "new"};
    private static final String[] SIGNERS = {"DELANE", "MORALES", "Stapleton", "HALE", "WOOD", "TANAKA"};
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC"};

    private SyntheticCables() {
    }

    /** {@code count} different telegrams. */
    static List<String> telegrams(int count, long seed) {
        Random random = new Random(seed);
        List<String> telegrams = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            telegrams.add(telegram(random, i + 1));
        }
        return telegrams;
    }

    /** A file of different telegrams one after the other, {@code chars} characters long (the last one cut short). */
    static String telegramFile(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder file = new StringBuilder(chars + 10_000);
        for (int serial = 1; file.length() < chars; serial++) {
            file.append(telegram(random, serial));
        }
        file.setLength(chars);
        return file.toString();
    }

    /** One telegram whose body repeats the same numbered paragraph until it is {@code chars} characters long. */
    static String repetition(int chars) {
        String paragraph = "1. (C) The same paragraph again, ministry officials said, REF A, xxxxx, 1.4 (b) and (d).\n\n";
        StringBuilder text = new StringBuilder(chars + paragraph.length());
        text.append("C O N F I D E N T I A L BERN 000001\n\nTAGS: PREL\nSUBJECT: REPEATED\n\n");
        while (text.length() < chars) {
            text.append(paragraph);
        }
        text.setLength(chars);
        return text.toString();
    }

    private static String telegram(Random random, int serial) {
        String post = POSTS[random.nextInt(POSTS.length)];
        String level = LEVELS[random.nextInt(LEVELS.length)];
        int year = 3 + random.nextInt(7);
        int month = random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String dtg = String.format(Locale.ROOT, "%02d%02d%02dZ %s %02d", day, random.nextInt(24), random.nextInt(60),
                MONTHS[month], year);
        String serialText = String.format(Locale.ROOT, "%06d", serial);
        int sections = 1 + random.nextInt(3);
        StringBuilder t = new StringBuilder(6000);
        t.append("VZCZCXRO").append(1000 + random.nextInt(9000)).append('\n')
                .append("PP RUEHDBU RUEHFL\n")
                .append("DE RUEH").append(post.charAt(0)).append(post.charAt(1)).append(" #")
                .append(serial).append("/01 ").append(1000000 + random.nextInt(9000000)).append('\n')
                .append("ZNY CCCCC ZZH\n")
                .append("P ").append(dtg).append('\n')
                .append("FM AMEMBASSY ").append(post).append('\n')
                .append("TO RUEHC/SECSTATE WASHDC PRIORITY ").append(serial).append('\n')
                .append("INFO RUEHBW/AMEMBASSY BELGRADE 0077\nRHEHNSC/NSC WASHDC\nBT\n")
                .append(level).append(" SECTION 01 OF 0").append(sections).append(' ').append(post).append(' ')
                .append(serialText).append("\n\nSIPDIS\n\n")
                .append(String.format(Locale.ROOT, "E.O. 12958: DECL: %02d/%02d/20%02d%n", month + 1, day, year + 10))
                .append("TAGS: ").append(words(random, TAGS, 2 + random.nextInt(4), " ")).append('\n')
                .append("SUBJECT: ").append(words(random, WORDS, 4 + random.nextInt(6), " ").toUpperCase(Locale.ROOT))
                .append("\n\nREF: A. ").append(post).append(' ').append(random.nextInt(999) + 1)
                .append("\n     B. 0").append(year - 1).append(" STATE ").append(random.nextInt(99999) + 1)
                .append("\n\nClassified By: Ambassador Jane Q. Sample, for reasons 1.4 (b) and (d)\n\n");
        int paragraphs = 3 + random.nextInt(10);
        for (int p = 1; p <= paragraphs; p++) {
            if (p > 1 && sections > 1 && p % 4 == 0) {
                t.append(String.format(Locale.ROOT, "%s %08d %03d OF %03d%n", post, serial, Math.min(sections, p / 4 + 1),
                        sections));
            }
            t.append(p).append(". (").append(MARKINGS[random.nextInt(MARKINGS.length)]).append(") ");
            if (p == 1) {
                t.append("SUMMARY: ");
            }
            int sentences = 2 + random.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                String sentence = words(random, WORDS, 8 + random.nextInt(14), " ");
                t.append(Character.toUpperCase(sentence.charAt(0))).append(sentence.substring(1)).append(". ");
                if (s % 2 == 1) {
                    t.append('\n');
                }
            }
            t.append("\n\n");
        }
        t.append(paragraphs + 1).append(". (C) COMMENT: ").append(words(random, WORDS, 20, " "))
                .append(". END COMMENT.\n").append(SIGNERS[random.nextInt(SIGNERS.length)]).append('\n');
        return t.toString();
    }

    private static String words(Random random, String[] from, int count, String separator) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                words.append(separator);
            }
            words.append(from[random.nextInt(from.length)]);
        }
        return words.toString();
    }
}
