package io.cablestream.ingest.progress;

import io.cablestream.contract.event.ImportRejection;
import java.time.Instant;
import java.util.List;

/**
 * Where an import stands, as {@code GET /imports/{id}} reports it.
 *
 * @param importId the import
 * @param name what is imported
 * @param via {@code http}, {@code cli} or {@code inbox}
 * @param status {@code receiving} (files still coming), {@code processing}, {@code done}, or
 *     {@code stalled} (not done and nothing changed for {@code cablestream.ingest.stall-after})
 * @param openedAt when the import was opened
 * @param closedAt when receiving ended, or {@code null}
 * @param updatedAt when anything about it last changed
 * @param received entries found in its files (cables and rejected entries)
 * @param accepted cables stored on {@code cables.raw.v1}
 * @param duplicate cables already stored before, not republished
 * @param rejected entries refused at intake
 * @param bytes bytes of its files read
 * @param parsed cables parse-service published
 * @param parseFailed cables parse-service dead-lettered
 * @param enriched cables enrich-service published
 * @param enrichFailed cables enrich-service dead-lettered
 * @param indexed cables query-service indexed, or {@code null} when query-service did not say
 * @param indexFailed cables query-service dead-lettered
 * @param completed accepted cables that reached the end of the pipeline (indexed, or enriched when the
 *     indexed count is unknown) or were dead-lettered on the way
 * @param percent {@code completed} as a share of {@code accepted}, 0 to 100
 * @param ratePerSecond cables completed per second lately (accepted per second while only receiving)
 * @param etaSeconds estimated seconds until every accepted cable is completed, or {@code null}
 * @param files one line per file
 * @param rejections where and why cables were refused, at intake or by a later stage (the first ones)
 * @param notes anything that makes the figures incomplete, e.g. query-service unreachable
 */
public record ImportStatus(String importId, String name, String via, String status, Instant openedAt,
        Instant closedAt, Instant updatedAt, long received, long accepted, long duplicate, long rejected, long bytes,
        long parsed, long parseFailed, long enriched, long enrichFailed, Long indexed, long indexFailed,
        long completed, int percent, double ratePerSecond, Long etaSeconds, List<FileStatus> files,
        List<ImportRejection> rejections, List<String> notes) {

    /**
     * One file of an import.
     *
     * @param name the file's name inside the import
     * @param failure why it could not be read to its end, or {@code null}
     */
    public record FileStatus(String name, long received, long accepted, long duplicate, long rejected, long bytes,
            boolean finished, String failure) {
    }
}
