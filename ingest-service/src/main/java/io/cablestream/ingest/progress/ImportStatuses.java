package io.cablestream.ingest.progress;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.event.ImportHeader;
import io.cablestream.contract.event.ImportPartReport;
import io.cablestream.contract.event.ImportRejection;
import io.cablestream.contract.event.ImportStageCount;
import io.cablestream.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Turns what {@link ImportStateView} knows about an import, plus query-service's indexed count, into
 * an {@link ImportStatus}: totals, per-stage counts, percentage, rate and ETA, and the rejections.
 */
@ApplicationScoped
public class ImportStatuses {

    private static final Duration RATE_WINDOW = Duration.ofSeconds(30);

    private final ImportStateView view;
    private final IndexedCounts indexedCounts;
    private final IngestConfig config;

    ImportStatuses(ImportStateView view, IndexedCounts indexedCounts, IngestConfig config) {
        this.view = view;
        this.indexedCounts = indexedCounts;
        this.config = config;
    }

    public Optional<ImportStatus> of(String importId) {
        return view.get(importId).map(this::statusOf);
    }

    /**
     * The most recently changed imports first, at most {@code limit} of those whose collection
     * {@code readable} grants (an import whose header is not known yet counts as of every collection).
     */
    public List<ImportStatus> latest(int limit, Predicate<String> readable) {
        return view.latest(limit, snapshot -> readable.test(snapshot.header() == null ? Roles.ALL_COLLECTIONS
                : snapshot.header().collection())).stream().map(this::statusOf).toList();
    }

    ImportStatus statusOf(ImportSnapshot snapshot) {
        ImportHeader header = snapshot.header();
        String importId = header != null ? header.importId()
                : Stream.concat(snapshot.parts().stream().map(ImportPartReport::importId),
                        snapshot.stages().stream().map(ImportStageCount::importId)).findFirst().orElseThrow();
        List<String> notes = new ArrayList<>();
        var answer = indexedCounts.indexed(importId);
        if (answer.unknownBecause() != null) {
            notes.add(answer.unknownBecause());
        }
        long accepted = snapshot.sum(ImportPartReport::accepted);
        long parseFailed = snapshot.count(Stage.PARSE_FAILED);
        long enrichFailed = snapshot.count(Stage.ENRICH_FAILED);
        long indexFailed = snapshot.count(Stage.INDEX_FAILED);
        long completed = answer.indexed() != null ? answer.indexed() + indexFailed + enrichFailed + parseFailed
                : snapshot.downstream();
        boolean receiving = header == null || header.closedAt() == null
                || snapshot.parts().stream().anyMatch(part -> !part.finished());
        boolean done = !receiving && completed >= accepted;
        boolean stalled = !done && Duration.between(snapshot.updatedAt(), Instant.now()).compareTo(config.stallAfter()) > 0;
        String status = done ? "done" : stalled ? "stalled" : receiving ? "receiving" : "processing";
        int percent = accepted == 0 ? (done ? 100 : 0) : (int) Math.min(100, completed * 100 / accepted);
        double rate = rate(snapshot.samples(), receiving);
        Long eta = done || rate <= 0 ? null : (long) Math.ceil(Math.max(0, accepted - completed) / rate);
        return new ImportStatus(importId, header == null ? null : header.name(), header == null ? null : header.via(),
                status, header == null ? null : header.openedAt(), header == null ? null : header.closedAt(),
                snapshot.updatedAt(), snapshot.sum(ImportPartReport::received), accepted,
                snapshot.sum(ImportPartReport::duplicate), snapshot.sum(ImportPartReport::rejected),
                snapshot.sum(ImportPartReport::bytes), snapshot.count(Stage.PARSED), parseFailed,
                snapshot.count(Stage.ENRICHED), enrichFailed, answer.indexed(), indexFailed, completed, percent,
                rate, eta, files(snapshot), rejections(snapshot), notes);
    }

    /** Completed cables per second over the last samples; accepted per second while nothing completes yet. */
    private static double rate(List<ImportSnapshot.Sample> samples, boolean receiving) {
        if (samples.size() < 2) {
            return 0;
        }
        var last = samples.getLast();
        var first = samples.stream().filter(s -> Duration.between(s.at(), last.at()).compareTo(RATE_WINDOW) <= 0)
                .findFirst().orElse(samples.getFirst());
        double seconds = Duration.between(first.at(), last.at()).toMillis() / 1000.0;
        if (seconds < 1) {
            return 0;
        }
        double completing = (last.downstream() - first.downstream()) / seconds;
        double accepting = (last.accepted() - first.accepted()) / seconds;
        return Math.max(0, completing > 0 || !receiving ? completing : accepting);
    }

    private static List<ImportStatus.FileStatus> files(ImportSnapshot snapshot) {
        return snapshot.parts().stream().sorted(Comparator.comparing(ImportPartReport::part))
                .map(p -> new ImportStatus.FileStatus(p.part(), p.received(), p.accepted(), p.duplicate(),
                        p.rejected(), p.bytes(), p.finished(), p.failure()))
                .toList();
    }

    private List<ImportRejection> rejections(ImportSnapshot snapshot) {
        return Stream.concat(
                        snapshot.parts().stream().sorted(Comparator.comparing(ImportPartReport::part))
                                .flatMap(p -> p.failure() == null ? p.rejections().stream()
                                        : Stream.concat(p.rejections().stream(), Stream.of(new ImportRejection(
                                                new io.cablestream.contract.event.CableSource(p.part(), null),
                                                p.failure())))),
                        snapshot.stages().stream().flatMap(s -> s.rejections().stream()))
                .limit(config.maxListedRejections())
                .toList();
    }
}
