package io.cablestream.query.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts, as unified-diff hunks with three lines of context. Lines the texts
 * share at start and end are set aside first; the differing middle is aligned on its longest
 * common subsequence of lines. A middle too large to align in bounded memory (over
 * {@value #MOST_CELLS} line pairs) is shown as removed and added whole.
 */
public final class LineDiff {

    private static final int CONTEXT = 3;
    private static final long MOST_CELLS = 4_000_000;

    private LineDiff() {
    }

    /** The hunks that turn {@code oldText} into {@code newText}; empty when the texts have the same lines. */
    public static List<DiffHunk> between(String oldText, String newText) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        return hunks(script(a, b));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    /** Every line of both texts in order, marked as kept, removed or added. */
    private static List<DiffLine> script(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        var script = new ArrayList<DiffLine>(a.size() + b.size());
        a.subList(0, prefix).forEach(line -> script.add(new DiffLine(DiffLine.SAME, line)));
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), script);
        a.subList(a.size() - suffix, a.size()).forEach(line -> script.add(new DiffLine(DiffLine.SAME, line)));
        return script;
    }

    private static void middle(List<String> a, List<String> b, List<DiffLine> script) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MOST_CELLS) {
            a.forEach(line -> script.add(new DiffLine(DiffLine.REMOVED, line)));
            b.forEach(line -> script.add(new DiffLine(DiffLine.ADDED, line)));
            return;
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                script.add(new DiffLine(DiffLine.SAME, a.get(i++)));
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                script.add(new DiffLine(DiffLine.REMOVED, a.get(i++)));
            } else {
                script.add(new DiffLine(DiffLine.ADDED, b.get(j++)));
            }
        }
    }

    /** Groups the changes of {@code script} with up to {@link #CONTEXT} kept lines around each; close changes share a hunk. */
    private static List<DiffHunk> hunks(List<DiffLine> script) {
        var hunks = new ArrayList<DiffHunk>();
        int index = 0;
        int oldLine = 1;
        int newLine = 1;
        while (index < script.size()) {
            int change = nextChange(script, index);
            if (change < 0) {
                break;
            }
            int start = Math.max(index, change - CONTEXT);
            for (int k = index; k < start; k++) {
                oldLine++;
                newLine++;
            }
            int end = change;
            int lastChange = change;
            while (end < script.size() && end - lastChange <= 2 * CONTEXT) {
                if (!script.get(end).op().equals(DiffLine.SAME)) {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(script.size(), lastChange + CONTEXT + 1);
            List<DiffLine> lines = List.copyOf(script.subList(start, end));
            int oldCount = (int) lines.stream().filter(line -> !line.op().equals(DiffLine.ADDED)).count();
            int newCount = (int) lines.stream().filter(line -> !line.op().equals(DiffLine.REMOVED)).count();
            hunks.add(new DiffHunk(oldLine, oldCount, newLine, newCount, lines));
            oldLine += oldCount;
            newLine += newCount;
            index = end;
        }
        return hunks;
    }

    private static int nextChange(List<DiffLine> script, int from) {
        for (int k = from; k < script.size(); k++) {
            if (!script.get(k).op().equals(DiffLine.SAME)) {
                return k;
            }
        }
        return -1;
    }
}
