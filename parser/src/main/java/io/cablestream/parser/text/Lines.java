package io.cablestream.parser.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines (any of {@code \n}, {@code \r\n}, {@code \r}) and joins them back, in linear time. */
public final class Lines {

    private Lines() {
    }

    /** The lines of {@code text}, without terminators; a final terminator does not add an empty line. */
    public static List<String> split(String text) {
        if (text.indexOf('\r') < 0) {
            return splitAtNewlines(text);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static List<String> splitAtNewlines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int newline = text.indexOf('\n');
        while (newline >= 0) {
            lines.add(text.substring(start, newline));
            start = newline + 1;
            newline = text.indexOf('\n', start);
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** {@code lines} joined with {@code \n}. */
    public static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    /** Collapses every run of whitespace (line breaks included) to one space and trims the ends. */
    public static String collapseWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
