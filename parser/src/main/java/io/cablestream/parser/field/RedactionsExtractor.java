package io.cablestream.parser.field;

import io.cablestream.contract.event.ParsedCable.Redaction;
import java.util.ArrayList;
import java.util.List;

/** Redacted spans of the body: runs of at least {@value #SHORTEST} {@code x} or {@code X} standing as a word. */
public final class RedactionsExtractor {

    static final int SHORTEST = 4;

    private RedactionsExtractor() {
    }

    /** The redactions in {@code body}, as offsets into it. */
    public static List<Redaction> extract(String body) {
        List<Redaction> redactions = new ArrayList<>();
        int i = 0;
        int length = body.length();
        while (i < length) {
            if (isX(body.charAt(i)) && (i == 0 || !Character.isLetter(body.charAt(i - 1)))) {
                int end = i;
                while (end < length && isX(body.charAt(end))) {
                    end++;
                }
                if (end - i >= SHORTEST && (end == length || !Character.isLetter(body.charAt(end)))) {
                    redactions.add(new Redaction(i, end));
                }
                i = end;
            } else {
                i++;
            }
        }
        return redactions;
    }

    private static boolean isX(char c) {
        return c == 'x' || c == 'X';
    }
}
