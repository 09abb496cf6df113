package io.cablestream.parser.field;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The TAGS line: subject, program, geographic, organization and person tags in the order
 * written, upper-cased ({@code TAGS: PREL PGOV KN}, {@code Tags: prel, pgov}), continued on
 * following lines as long as those lines hold nothing but tags. A person tag written in
 * parentheses ({@code OVIP (RICE, CONDOLEEZZA)}) is kept whole.
 */
public final class TagsExtractor {

    private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9/-]{0,11}");
    private static final Pattern TAG_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9/-]{1,9}");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final int LONGEST_PERSON_TAG = 60;
    private static final int LONGEST_BARE_CODE = 6;

    private TagsExtractor() {
    }

    /** The tags in {@code preamble}, or an empty list. */
    public static List<String> extract(Preamble preamble) {
        return preamble.field(Preamble.Label.TAGS).map(TagsExtractor::parse).orElse(List.of());
    }

    static List<String> parse(String field) {
        String[] lines = field.split("\n");
        StringBuilder text = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length && isTagsOnly(lines[i]); i++) {
            text.append(' ').append(lines[i]);
        }
        List<String> tags = new ArrayList<>();
        String all = text.toString();
        int i = 0;
        while (i < all.length()) {
            char c = all.charAt(i);
            if (c == '(') {
                int close = all.indexOf(')', i);
                if (close > i + 1 && close - i <= LONGEST_PERSON_TAG) {
                    addTag(tags, all.substring(i + 1, close).strip());
                    i = close + 1;
                    continue;
                }
            }
            if (Character.isLetterOrDigit(c)) {
                int end = i;
                while (end < all.length() && !isSeparator(all.charAt(end))) {
                    end++;
                }
                String word = trimPunctuation(all.substring(i, end)).toUpperCase(Locale.ROOT);
                if (TAG.matcher(word).matches()) {
                    addTag(tags, word);
                }
                i = end;
                continue;
            }
            i++;
        }
        return tags;
    }

    /** A continuation line: a comma-separated list of tag-like words, or only short codes. */
    private static boolean isTagsOnly(String line) {
        String[] words = TAG_SEPARATORS.split(line.strip());
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        boolean commaList = line.indexOf(',') >= 0;
        for (String word : words) {
            String tag = trimPunctuation(word);
            if (!TAG_WORD.matcher(tag).matches() || (!commaList && tag.length() > LONGEST_BARE_CODE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == '(';
    }

    private static String trimPunctuation(String word) {
        int end = word.length();
        while (end > 0 && (word.charAt(end - 1) == '.' || word.charAt(end - 1) == ':')) {
            end--;
        }
        return word.substring(0, end);
    }

    private static void addTag(List<String> tags, String tag) {
        if (!tag.isEmpty() && !tags.contains(tag)) {
            tags.add(tag.toUpperCase(Locale.ROOT));
        }
    }
}
