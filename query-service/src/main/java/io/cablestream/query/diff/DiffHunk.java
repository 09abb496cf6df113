package io.cablestream.query.diff;

import java.util.List;

/**
 * A run of changed lines with the unchanged lines around them, as in a unified diff.
 *
 * @param oldStart the 1-based number of the hunk's first line in the old text
 * @param oldLines how many lines of the old text the hunk covers
 * @param newStart the 1-based number of the hunk's first line in the new text
 * @param newLines how many lines of the new text the hunk covers
 * @param lines the hunk's lines
 */
public record DiffHunk(int oldStart, int oldLines, int newStart, int newLines, List<DiffLine> lines) {
}
