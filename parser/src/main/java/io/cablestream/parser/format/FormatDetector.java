package io.cablestream.parser.format;

import io.cablestream.parser.InputFormat;
import java.util.Locale;

/** Tells from its first characters which {@link InputFormat} a file or cable is written in. */
public final class FormatDetector {

    private static final int SNIFF_LENGTH = 4096;

    private FormatDetector() {
    }

    /** The detected format; {@link InputFormat#TEXT} when nothing more specific fits. */
    public static InputFormat detect(String text) {
        if (text == null) {
            return InputFormat.TEXT;
        }
        int start = firstNonBlank(text);
        String head = text.substring(start, Math.min(text.length(), start + SNIFF_LENGTH));
        String lowerHead = head.toLowerCase(Locale.ROOT);
        if (lowerHead.startsWith("<") && (lowerHead.contains("<html") || lowerHead.contains("<pre")
                || lowerHead.startsWith("<?xml") || lowerHead.startsWith("<!doctype html"))) {
            return InputFormat.HTML;
        }
        if (SeedFormat.startsWithHeader(head)) {
            return InputFormat.SEED;
        }
        if (CsvFormat.startsWithRecord(head)) {
            return InputFormat.CSV;
        }
        if (lowerHead.contains("<pre") && lowerHead.contains("</pre>")) {
            return InputFormat.HTML;
        }
        return InputFormat.TEXT;
    }

    private static int firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }
}
