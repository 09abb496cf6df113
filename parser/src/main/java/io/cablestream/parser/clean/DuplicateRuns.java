package io.cablestream.parser.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes text that some exports repeat: any run of at least {@value #SHINGLE} non-blank lines
 * that already appeared, in the same order, earlier in the body (a duplicated body or header
 * block), together with the matching lines just before it. A run is recognised where a line's
 * first occurrence and its repetition both open the same {@value #SHINGLE} lines holding at least
 * {@value #MIN_CHARS} characters, so short repeated lines such as dashes or {@code SIPDIS} alone
 * survive. Linear in the body's size.
 */
final class DuplicateRuns {

    static final int SHINGLE = 3;
    static final int MIN_CHARS = 60;

    private DuplicateRuns() {
    }

    static List<String> remove(List<String> lines) {
        List<String> content = new ArrayList<>(lines.size());
        int[] lineOf = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                lineOf[content.size()] = i;
                content.add(lines.get(i).strip());
            }
        }
        boolean[] drop = new boolean[lines.size()];
        Map<String, Integer> firstAt = HashMap.newHashMap(content.size());
        int p = 0;
        while (p < content.size()) {
            Integer earlier = firstAt.get(content.get(p));
            if (earlier != null && earlier + SHINGLE <= p && startsRepeatedRun(content, earlier, p)) {
                int t = 0;
                while (p + t < content.size() && earlier + t < p && content.get(p + t).equals(content.get(earlier + t))) {
                    t++;
                }
                int back = 0;
                while (p - back - 1 > earlier + t - 1 && earlier - back - 1 >= 0 && !drop[lineOf[p - back - 1]]
                        && content.get(p - back - 1).equals(content.get(earlier - back - 1))) {
                    back++;
                }
                for (int i = lineOf[p - back]; i <= lineOf[p + t - 1]; i++) {
                    drop[i] = true;
                }
                p += t;
                continue;
            }
            firstAt.putIfAbsent(content.get(p), p);
            p++;
        }
        List<String> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /** True when the {@value #SHINGLE} lines from {@code p} repeat those from {@code earlier} and are long enough. */
    private static boolean startsRepeatedRun(List<String> content, int earlier, int p) {
        if (p + SHINGLE > content.size()) {
            return false;
        }
        int chars = 0;
        for (int k = 0; k < SHINGLE; k++) {
            if (!content.get(earlier + k).equals(content.get(p + k))) {
                return false;
            }
            chars += content.get(p + k).length();
        }
        return chars >= MIN_CHARS;
    }
}
