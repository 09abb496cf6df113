package io.cablestream.parser.field;

import io.cablestream.parser.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The classification banner that opens a telegram's text (and each of its sections), e.g.
 * {@code C O N F I D E N T I A L SECTION 01 OF 03 MOSCOW 003804}: level, section, post and serial.
 *
 * @param level classification level, e.g. {@code CONFIDENTIAL}
 * @param caveats caveats written on the banner line itself
 * @param post the originating post as written, e.g. {@code THE HAGUE}, or {@code null}
 * @param serial the serial number as written, e.g. {@code 003804}, or {@code null}
 * @param sectionCount the {@code OF n} of {@code SECTION m OF n}, or {@code null}
 */
public record Banner(String level, List<String> caveats, String post, String serial, Integer sectionCount) {

    private static final String[][] LEVELS = {
        {"TOPSECRET", "TOP SECRET"}, {"UNCLASSIFIED", "UNCLASSIFIED"}, {"CONFIDENTIAL", "CONFIDENTIAL"},
        {"LIMITEDOFFICIALUSE", "LIMITED OFFICIAL USE"}, {"SECRET", "SECRET"}, {"UNCLAS", "UNCLASSIFIED"}};
    private static final int MAX_JUNK = 2;
    private static final int LEVEL_PREFIX = 4;
    private static final char[][] LEVEL_PREFIXES = Arrays.stream(LEVELS)
            .map(level -> level[0].substring(0, LEVEL_PREFIX).toCharArray()).toArray(char[][]::new);
    private static final int MAX_TOKENS = 40;
    private static final int LONGEST_HEAD = 400;
    private static final int MAX_POST_WORDS = 5;

    /** True when the banner names a post and serial, as the opening banner of each section does. */
    public boolean hasPostAndSerial() {
        return post != null && serial != null;
    }

    /** The banner {@code line} stands for, when it is one. */
    public static Optional<Banner> parse(String line) {
        if (!startsLikeALevel(line)) {
            return Optional.empty();
        }
        String head = line.length() > LONGEST_HEAD ? line.substring(0, LONGEST_HEAD) : line;
        String[] all = Words.of(head.toUpperCase(Locale.ROOT));
        String[] tokens = all.length > MAX_TOKENS ? Arrays.copyOf(all, MAX_TOKENS) : all;
        int[] levelEnd = new int[1];
        String level = level(tokens, levelEnd);
        if (level == null) {
            return Optional.empty();
        }
        int i = levelEnd[0];
        List<String> caveats = new ArrayList<>();
        if (i + 3 < tokens.length && String.join("", tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]).equals("EFTO")) {
            caveats.add("EFTO");
            i += 4;
        }
        Integer sectionCount = null;
        if (i + 3 < tokens.length && tokens[i].equals("SECTION") && isNumber(tokens[i + 1])
                && tokens[i + 2].equals("OF") && isNumber(tokens[i + 3])) {
            sectionCount = Integer.parseInt(tokens[i + 3]);
            i += 4;
        }
        String post = null;
        String serial = null;
        int postEnd = i;
        while (postEnd < tokens.length && postEnd - i < MAX_POST_WORDS && isPostWord(tokens[postEnd])) {
            postEnd++;
        }
        if (postEnd > i && postEnd < tokens.length && isSerial(tokens[postEnd])) {
            post = String.join(" ", Arrays.asList(tokens).subList(i, postEnd));
            serial = tokens[postEnd];
            i = postEnd + 1;
        }
        int unexplained = 0;
        for (int t = i; t < tokens.length; t++) {
            Optional<String> caveat = Caveats.ofWord(tokens[t].replace(",", ""));
            if (caveat.isPresent()) {
                Caveats.addOnce(caveats, caveat.get());
            } else {
                unexplained++;
            }
        }
        boolean onlyLevelAndCaveats = unexplained == 0 && all.length <= MAX_TOKENS && head.length() == line.length();
        boolean banner = post != null || sectionCount != null || onlyLevelAndCaveats;
        return banner ? Optional.of(new Banner(level, List.copyOf(caveats), post, serial, sectionCount)) : Optional.empty();
    }

    /** Quick test: the first letters (spaces ignored) hold the start of a level, after at most a little junk. */
    private static boolean startsLikeALevel(String line) {
        int first = 0;
        while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
            first++;
        }
        char initial = first < line.length() ? Character.toUpperCase(line.charAt(first)) : ' ';
        if (initial != 'C' && initial != 'S' && initial != 'U' && initial != 'T' && initial != 'L') {
            return false;
        }
        char[] letters = new char[MAX_JUNK + LEVEL_PREFIX];
        int count = 0;
        for (int i = 0; i < line.length() && count < letters.length; i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters[count++] = Character.toUpperCase(c);
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        for (char[] prefix : LEVEL_PREFIXES) {
            for (int at = 0; at <= MAX_JUNK && at + LEVEL_PREFIX <= count; at++) {
                if (Arrays.equals(letters, at, at + LEVEL_PREFIX, prefix, 0, LEVEL_PREFIX)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The level spelled by the leading tokens (spaced letters allowed, a little junk before it). */
    private static String level(String[] tokens, int[] end) {
        StringBuilder letters = new StringBuilder();
        String found = null;
        for (int k = 0; k < Math.min(tokens.length, 20); k++) {
            String token = tokens[k];
            if (!isLetters(token)) {
                break;
            }
            letters.append(token);
            if (letters.length() > "LIMITEDOFFICIALUSE".length() + MAX_JUNK) {
                break;
            }
            for (String[] level : LEVELS) {
                String word = level[0];
                if (letters.length() >= word.length() && letters.length() - word.length() <= MAX_JUNK
                        && letters.lastIndexOf(word) == letters.length() - word.length()) {
                    found = level[1];
                    end[0] = k + 1;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean isLetters(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < 'A' || token.charAt(i) > 'Z') {
                return false;
            }
        }
        return !token.isEmpty();
    }

    private static boolean isPostWord(String token) {
        if (token.length() < 2 || token.equals("SECTION")) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && c != '.' && c != '\'' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSerial(String token) {
        return token.length() <= 8 && isNumber(token);
    }

    private static boolean isNumber(String token) {
        return token.length() <= 9 && Words.isDigits(token);
    }
}
