package io.cablestream.parser.text;

import java.util.Map;

/** Turns HTML fragments into plain text: drops tags and decodes character references, in one pass. */
public final class HtmlText {

    private static final int LONGEST_TAG = 512;
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("para", "\u00B6"), Map.entry("sect", "\u00A7"),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("hellip", "\u2026"), Map.entry("eacute", "\u00E9"), Map.entry("copy", "\u00A9"));

    private HtmlText() {
    }

    /** {@code html} with tags removed and entities decoded ({@code &#x000A;} becomes a line break). */
    public static String toText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int length = html.length();
        int i = 0;
        while (i < length) {
            int special = nextSpecial(html, i);
            if (special < 0) {
                out.append(html, i, length);
                break;
            }
            out.append(html, i, special);
            int end = html.charAt(special) == '<' ? tagEnd(html, special) : appendReference(html, special, out);
            if (end > 0) {
                i = end;
            } else {
                out.append(html.charAt(special));
                i = special + 1;
            }
        }
        return out.toString();
    }

    private static int nextSpecial(String html, int from) {
        int tag = html.indexOf('<', from);
        int reference = html.indexOf('&', from);
        if (tag < 0) {
            return reference;
        }
        return reference < 0 ? tag : Math.min(tag, reference);
    }

    /** True when {@code text} carries HTML tags or character references that {@link #toText} would remove. */
    public static boolean hasMarkup(String text) {
        int amp = text.indexOf('&');
        while (amp >= 0) {
            if (appendReference(text, amp, null) > 0) {
                return true;
            }
            amp = text.indexOf('&', amp + 1);
        }
        int lt = text.indexOf('<');
        while (lt >= 0) {
            if (tagEnd(text, lt) > 0) {
                return true;
            }
            lt = text.indexOf('<', lt + 1);
        }
        return false;
    }

    /** Index after the tag starting at {@code start}, or -1 when the {@code <} does not open a tag. */
    private static int tagEnd(String html, int start) {
        if (start + 1 >= html.length()) {
            return -1;
        }
        char next = html.charAt(start + 1);
        boolean opensTag = Character.isLetter(next) || next == '/' || next == '!' || next == '?';
        if (!opensTag) {
            return -1;
        }
        int limit = Math.min(html.length(), start + LONGEST_TAG);
        int close = html.indexOf('>', start + 1, limit);
        if (close < 0) {
            return -1;
        }
        int reopen = html.indexOf('<', start + 1, close);
        return reopen < 0 ? close + 1 : -1;
    }

    /**
     * Appends (when {@code out} is given) the character a reference at {@code start} stands for;
     * returns the index after the reference, or -1 when there is none.
     */
    private static int appendReference(String html, int start, StringBuilder out) {
        int semicolon = -1;
        int limit = Math.min(html.length(), start + 12);
        for (int i = start + 1; i < limit; i++) {
            char c = html.charAt(i);
            if (c == ';') {
                semicolon = i;
                break;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        if (semicolon < start + 2) {
            return -1;
        }
        if (html.charAt(start + 1) == '#') {
            int codePoint = numericReference(html, start + 2, semicolon);
            if (codePoint < 0) {
                return -1;
            }
            if (out != null) {
                out.appendCodePoint(codePoint);
            }
            return semicolon + 1;
        }
        String value = NAMED.get(html.substring(start + 1, semicolon));
        if (value == null) {
            return -1;
        }
        if (out != null) {
            out.append(value);
        }
        return semicolon + 1;
    }

    /** The code point written in {@code html} from {@code from} to {@code end} ({@code x} and hex digits, or decimal digits), or -1. */
    private static int numericReference(String html, int from, int end) {
        boolean hex = from < end && (html.charAt(from) == 'x' || html.charAt(from) == 'X');
        int first = hex ? from + 1 : from;
        if (first == end || end - first > 7) {
            return -1;
        }
        int value = 0;
        for (int i = first; i < end; i++) {
            int digit = Character.digit(html.charAt(i), hex ? 16 : 10);
            if (digit < 0) {
                return -1;
            }
            value = value * (hex ? 16 : 10) + digit;
        }
        return Character.isValidCodePoint(value) && value != 0 ? value : -1;
    }
}
