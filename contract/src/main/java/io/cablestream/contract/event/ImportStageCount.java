package io.cablestream.contract.event;

import java.time.Instant;
import java.util.List;

/**
 * How many records of an import one downstream topic partition has carried, counted from the
 * {@code cablestream_import_id} header. Cumulative up to and including {@code throughOffset}, so a
 * counter that re-reads a record at or below it skips it and redelivery never counts twice.
 * Key: {@code <importId>/stage/<topic>/<partition>}.
 *
 * @param importId the import
 * @param stage what reaching the topic means: {@code parsed}, {@code parse-failed}, {@code enriched},
 *     {@code enrich-failed} or {@code index-failed}
 * @param topic the topic counted, e.g. {@code cables.parsed.v1}
 * @param partition the partition counted
 * @param count records of the import in that partition up to {@code throughOffset}
 * @param throughOffset the offset of the last record counted
 * @param rejections for the {@code -failed} stages, the first dead-lettered cables of the import in
 *     that partition: where each came from and the reason the stage gave
 * @param updatedAt when this count was written
 */
public record ImportStageCount(String importId, String stage, String topic, int partition, long count,
        long throughOffset, List<ImportRejection> rejections, Instant updatedAt) implements ImportEvent {

    @Override
    public String key() {
        return importId + "/stage/" + topic + "/" + partition;
    }
}
