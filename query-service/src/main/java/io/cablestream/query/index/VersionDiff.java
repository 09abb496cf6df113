package io.cablestream.query.index;

import io.cablestream.query.diff.DiffHunk;
import java.util.List;

/**
 * How the body of a cable changed between two of its versions.
 *
 * @param id reference ID
 * @param from the older version compared
 * @param to the newer version compared
 * @param hunks the changed lines with context; empty when the bodies have the same lines
 */
public record VersionDiff(String id, VersionSummary from, VersionSummary to, List<DiffHunk> hunks) {
}
