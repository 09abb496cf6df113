package io.cablestream.contract.event;

import java.time.Instant;
import java.util.List;

/**
 * What ingest made of one file (or request body) of an import so far, republished as it advances
 * and once more when finished. Counts are cumulative for the latest attempt at the part.
 * Key: {@code <importId>/part/<part>}.
 *
 * @param importId the import
 * @param part the file's name inside the import, e.g. {@code 2010/cables.csv}
 * @param attempt identifies the upload attempt; a retried upload starts a new attempt
 * @param received entries found: cables plus rejected entries
 * @param accepted cables stored on {@code cables.raw.v1} by this import
 * @param duplicate cables already stored before (same content hash), not republished
 * @param rejected entries that are not acceptable cables; listed (up to a limit) in {@code rejections}
 * @param bytes bytes of the file read so far
 * @param rejections where and why entries were rejected, the first ones when there are many
 * @param failure why the file could not be read to its end (e.g. a refused archive), or {@code null}
 * @param finished whether the file was read to its end (or given up, see {@code failure})
 * @param updatedAt when this report was written
 */
public record ImportPartReport(String importId, String part, String attempt, long received, long accepted,
        long duplicate, long rejected, long bytes, List<ImportRejection> rejections, String failure,
        boolean finished, Instant updatedAt) implements ImportEvent {

    @Override
    public String key() {
        return importId + "/part/" + part;
    }
}
