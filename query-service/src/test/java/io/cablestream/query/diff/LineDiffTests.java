package io.cablestream.query.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTests {

    private static final String TWENTY_LINES = lines(1, 20);

    @Test
    void sameLinesGiveNoHunks() {
        assertThat(LineDiff.between("a\nb\n", "a\nb")).isEmpty();
    }

    @Test
    void changedLineComesWithThreeLinesOfContextAndItsLineNumbers() {
        String changed = TWENTY_LINES.replace("line 10\n", "line ten\n");

        List<DiffHunk> hunks = LineDiff.between(TWENTY_LINES, changed);

        assertThat(hunks).extracting(DiffHunk::oldStart, DiffHunk::oldLines, DiffHunk::newStart, DiffHunk::newLines)
                .containsExactly(tuple(7, 7, 7, 7));
        assertThat(hunks.getFirst().lines()).extracting(DiffLine::op, DiffLine::text).containsExactly(
                tuple(" ", "line 7"), tuple(" ", "line 8"), tuple(" ", "line 9"), tuple("-", "line 10"),
                tuple("+", "line ten"), tuple(" ", "line 11"), tuple(" ", "line 12"), tuple(" ", "line 13"));
    }

    @Test
    void distantChangesGetHunksOfTheirOwnAndNearOnesShareOne() {
        String distant = TWENTY_LINES.replace("line 2\n", "").replace("line 18\n", "line 18\nextra\n");
        String near = TWENTY_LINES.replace("line 5\n", "").replace("line 9\n", "");

        assertThat(LineDiff.between(TWENTY_LINES, distant))
                .extracting(DiffHunk::oldStart, DiffHunk::oldLines, DiffHunk::newStart, DiffHunk::newLines)
                .containsExactly(tuple(1, 5, 1, 4), tuple(16, 5, 15, 6));
        assertThat(LineDiff.between(TWENTY_LINES, near)).hasSize(1);
    }

    @Test
    void movedBlockIsAlignedOnTheLongestCommonRun() {
        List<DiffHunk> hunks = LineDiff.between("a\nb\nc\nd\n", "b\nc\nd\na\n");

        assertThat(hunks.getFirst().lines()).extracting(DiffLine::op, DiffLine::text).containsExactly(
                tuple("-", "a"), tuple(" ", "b"), tuple(" ", "c"), tuple(" ", "d"), tuple("+", "a"));
    }

    @Test
    void missingOldTextShowsEveryNewLineAdded() {
        assertThat(LineDiff.between(null, "x\ny").getFirst().lines())
                .extracting(DiffLine::op).containsExactly("+", "+");
    }

    private static String lines(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }
}
