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
        int length = body.length();
        int i = 0;
        while (i < length) {
            if (!isX(body.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < length && isX(body.charAt(end))) {
                end++;
            }
            boolean word = (i == 0 || !Character.isLetter(body.charAt(i - 1)))
                    && (end == length || !Character.isLetter(body.charAt(end)));
            if (word && end - i >= SHORTEST) {
                redactions.add(new Redaction(i, end));
            }
            i = end;
        }
        return redactions;
    }

    private static boolean isX(char c) {
        return c == 'x' || c == 'X';
    }
}
