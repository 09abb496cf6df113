package io.cablestream.ingest.progress;

import io.cablestream.contract.event.ImportHeader;
import io.cablestream.contract.event.ImportPartReport;
import io.cablestream.contract.event.ImportStageCount;
import java.time.Instant;
import java.util.List;

/**
 * Everything known about one import at one moment, as read from {@code cables.imports.v1}.
 *
 * @param header the import's header, or {@code null} when only its parts or counts were seen yet
 * @param parts the latest report of every file
 * @param stages the latest count of every downstream topic partition
 * @param samples recent (time, accepted, finished downstream) observations, oldest first, for rates
 * @param updatedAt when anything about the import last changed
 */
public record ImportSnapshot(ImportHeader header, List<ImportPartReport> parts, List<ImportStageCount> stages,
        List<Sample> samples, Instant updatedAt) {

    /** One observation of an import's totals. */
    public record Sample(Instant at, long accepted, long downstream) {
    }

    public long sum(java.util.function.ToLongFunction<ImportPartReport> field) {
        return parts.stream().mapToLong(field).sum();
    }

    /** Records of the import that reached {@code stage}'s topic, over all partitions. */
    public long count(Stage stage) {
        return stages.stream().filter(s -> s.stage().equals(stage.id())).mapToLong(ImportStageCount::count).sum();
    }

    /** Cables that left the pipeline before indexing (dead-lettered by parse or enrich), or reached the enriched topic. */
    public long downstream() {
        return count(Stage.ENRICHED) + count(Stage.ENRICH_FAILED) + count(Stage.PARSE_FAILED);
    }
}
