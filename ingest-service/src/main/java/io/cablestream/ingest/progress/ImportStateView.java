package io.cablestream.ingest.progress;

import io.cablestream.contract.event.ImportEvent;
import io.cablestream.contract.event.ImportHeader;
import io.cablestream.contract.event.ImportPartReport;
import io.cablestream.contract.event.ImportStageCount;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of every import, built from {@code cables.imports.v1} (followed by every replica) and from
 * this replica's own writes as it makes them. A newer fact replaces an older one of the same key: a
 * part report by time, a stage count by the offset it counted through, a header once closed stays closed.
 */
@ApplicationScoped
public class ImportStateView {

    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(1);
    private static final int SAMPLES_KEPT = 60;

    private final Map<String, State> imports = new ConcurrentHashMap<>();

    private static final class State {
        ImportHeader header;
        final Map<String, ImportPartReport> parts = new HashMap<>();
        final Map<String, ImportStageCount> stages = new HashMap<>();
        final List<ImportSnapshot.Sample> samples = new ArrayList<>();
        Instant updatedAt = Instant.EPOCH;

        ImportSnapshot snapshot() {
            return new ImportSnapshot(header, List.copyOf(parts.values()), List.copyOf(stages.values()),
                    List.copyOf(samples), updatedAt);
        }
    }

    /** Takes a fact into account, unless a newer one of the same key is already known. */
    public void apply(ImportEvent event) {
        State state = imports.computeIfAbsent(event.importId(), id -> new State());
        synchronized (state) {
            Instant changed = switch (event) {
                case ImportHeader header -> applyHeader(state, header);
                case ImportPartReport part -> applyPart(state, part);
                case ImportStageCount count -> applyCount(state, count);
            };
            if (changed != null) {
                state.updatedAt = changed.isAfter(state.updatedAt) ? changed : state.updatedAt;
                sample(state, changed);
            }
        }
    }

    public Optional<ImportSnapshot> get(String importId) {
        State state = imports.get(importId);
        if (state == null) {
            return Optional.empty();
        }
        synchronized (state) {
            return Optional.of(state.snapshot());
        }
    }

    /** The most recently changed imports that {@code shown} lets through, first, at most {@code limit}. */
    public List<ImportSnapshot> latest(int limit, Predicate<ImportSnapshot> shown) {
        List<ImportSnapshot> all = new ArrayList<>();
        imports.values().forEach(state -> {
            synchronized (state) {
                all.add(state.snapshot());
            }
        });
        return all.stream().filter(shown).sorted(Comparator.comparing(ImportSnapshot::updatedAt).reversed())
                .limit(limit).toList();
    }

    /** The latest counts of one downstream topic partition, one per import. */
    public List<ImportStageCount> countsOf(String topic, int partition) {
        List<ImportStageCount> counts = new ArrayList<>();
        imports.values().forEach(state -> {
            synchronized (state) {
                state.stages.values().stream()
                        .filter(c -> c.topic().equals(topic) && c.partition() == partition)
                        .forEach(counts::add);
            }
        });
        return counts;
    }

    private static Instant applyHeader(State state, ImportHeader header) {
        if (state.header != null && state.header.closedAt() != null && header.closedAt() == null) {
            return null;
        }
        state.header = header;
        return header.closedAt() != null ? header.closedAt() : header.openedAt();
    }

    private static Instant applyPart(State state, ImportPartReport part) {
        ImportPartReport known = state.parts.get(part.part());
        if (known != null && known.updatedAt().isAfter(part.updatedAt())) {
            return null;
        }
        state.parts.put(part.part(), part);
        return part.updatedAt();
    }

    private static Instant applyCount(State state, ImportStageCount count) {
        String key = count.topic() + "/" + count.partition();
        ImportStageCount known = state.stages.get(key);
        if (known != null && known.throughOffset() > count.throughOffset()) {
            return null;
        }
        state.stages.put(key, count);
        return count.updatedAt();
    }

    /**
     * Records the totals as of {@code at}, the time the fact was written (not read: a replica reading
     * the topic from its start must not see a burst), keeping samples at least {@link #SAMPLE_EVERY}
     * apart, the newest one always current.
     */
    private static void sample(State state, Instant at) {
        int size = state.samples.size();
        if (size > 0 && at.isBefore(state.samples.getLast().at())) {
            return;
        }
        if (size >= 2 && Duration.between(state.samples.get(size - 2).at(), at).compareTo(SAMPLE_EVERY) < 0) {
            state.samples.removeLast();
        }
        var snapshot = state.snapshot();
        state.samples.addLast(new ImportSnapshot.Sample(at, snapshot.sum(ImportPartReport::accepted),
                snapshot.downstream()));
        if (state.samples.size() > SAMPLES_KEPT) {
            state.samples.removeFirst();
        }
    }
}
