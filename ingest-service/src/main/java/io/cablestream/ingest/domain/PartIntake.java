package io.cablestream.ingest.domain;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.CableVersion;
import io.cablestream.contract.event.ImportEvent;
import io.cablestream.contract.event.ImportHeader;
import io.cablestream.contract.event.ImportPartReport;
import io.cablestream.contract.event.ImportRejection;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.topic.Topics;
import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.ingest.dedupe.CableVersions;
import io.cablestream.ingest.dedupe.Claim;
import io.cablestream.ingest.dedupe.OpenVersions;
import io.cablestream.ingest.dedupe.Origin;
import io.cablestream.ingest.messaging.BrokerUnavailableException;
import io.cablestream.ingest.messaging.EventPublisher;
import io.cablestream.ingest.messaging.UploadTransaction;
import io.cablestream.ingest.progress.ImportEvents;
import io.cablestream.ingest.read.EntrySink;
import io.cablestream.parser.CableInput;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * One attempt at receiving one file (or request body) of an import. Takes the entries a reader finds,
 * checks each cable and sends new versions to {@code cables.raw.v1} inside the upload's Kafka
 * transaction. Every {@code progress-interval} (or {@code max-in-flight} cables) it adds their
 * {@code cables.versions.v1} records and its report on {@code cables.imports.v1} to the transaction and
 * commits: a cable is stored together with the record that makes it known, or not at all, and memory
 * stays bounded because reading waits for each commit. {@link #finish()} returns only once everything
 * accepted is committed. A file that makes up an import alone carries the import's header in the same
 * transactions: opened with the first commit, closed with the last, so a one-cable import is one commit;
 * several one-cable imports may share one transaction ({@link #finishTogether}).
 */
public final class PartIntake implements EntrySink {

    /** How often a commit is tried again after other uploads claimed some of its cables first. */
    private static final int MAX_ROUNDS = 10;

    private final Origin origin;
    private final String collection;
    private final UploadTransaction transaction;
    private final CableVersions versions;
    private final OpenVersions openVersions;
    private final ImportEvents events;
    private final EventPublisher publisher;
    private final IngestConfig config;
    private final LongSupplier bytesRead;
    private final ImportHeader aloneHeader;
    private final List<ImportEvent> withNextCommit = new ArrayList<>();
    private final List<CheckedCable> uncommitted = new ArrayList<>();
    private final List<Future<Void>> othersStoring = new ArrayList<>();
    private final List<ImportRejection> rejections = new ArrayList<>();
    private final Context trace = Context.current();
    private long received;
    private long accepted;
    private long duplicate;
    private long rejected;
    private long nextCommitAt;
    private boolean aloneClosed;

    PartIntake(Origin origin, String collection, UploadTransaction transaction, CableVersions versions,
            OpenVersions openVersions, ImportEvents events, EventPublisher publisher, IngestConfig config, LongSupplier bytesRead,
            ImportHeader aloneHeader) {
        this.origin = origin;
        this.collection = collection;
        this.transaction = transaction;
        this.versions = versions;
        this.openVersions = openVersions;
        this.events = events;
        this.publisher = publisher;
        this.config = config;
        this.bytesRead = bytesRead;
        this.aloneHeader = aloneHeader;
        if (aloneHeader != null) {
            withNextCommit.add(aloneHeader);
        }
        this.nextCommitAt = System.nanoTime() + config.progressInterval().toNanos();
    }

    @Override
    public void cable(CableInput input) {
        CheckedCable checked;
        try {
            checked = CheckedCable.of(input, config.maxCableBytes());
        } catch (RejectedCableException e) {
            rejection(input.source(), e.getMessage());
            return;
        }
        accept(checked);
    }

    /** Takes a checked cable: publishes it unless it was there already or is a duplicate. */
    public void accept(CheckedCable cable) {
        take(cable);
        commitWhenDue();
    }

    /** Like {@link #accept}, leaving the commit to whoever shares the transaction ({@link #finishTogether}). */
    void take(CheckedCable cable) {
        received++;
        Claim claim = versions.claim(cable.contentHash(), origin);
        switch (claim.verdict()) {
            case NEW -> {
                uncommitted.add(cable);
                accepted++;
                guarded(() -> {
                    sendRaw(cable);
                    return null;
                });
            }
            case ACCEPTED_EARLIER -> accepted++;
            case DUPLICATE -> duplicate++;
            case IN_FLIGHT -> {
                duplicate++;
                othersStoring.add(claim.stored());
            }
        }
    }

    @Override
    public void rejection(CableSource where, String reason) {
        received++;
        rejected++;
        if (rejections.size() < config.maxListedRejections()) {
            rejections.add(new ImportRejection(where, reason));
        }
        commitWhenDue();
    }

    /**
     * Commits everything accepted with the final report, and waits for cables other uploads were
     * storing at the same time.
     *
     * @throws BrokerUnavailableException when the broker does not confirm in time; nothing since the
     *     last commit is stored then, and the claims on it are released so that re-sending publishes it
     */
    public ImportPartReport finish() {
        return finish(null);
    }

    /** Like {@link #finish()}, recording that the file could not be read to its end and why. */
    public ImportPartReport finish(String failure) {
        closeAloneImport();
        ImportPartReport report = guarded(() -> commit(true, failure));
        awaitOthersStoring();
        return report;
    }

    /**
     * Finishes one-file intakes that share {@code transaction} (one-cable imports received together): commits
     * all they accepted, with their final reports, in one transaction. On failure every one of them is given
     * up (nothing of theirs is stored). Does not wait for cables other uploads were storing: each intake's
     * {@link #awaitOthersStoring()} does.
     *
     * @throws BrokerUnavailableException when the broker does not confirm in time
     */
    static List<ImportPartReport> finishTogether(UploadTransaction transaction, List<PartIntake> intakes) {
        intakes.forEach(PartIntake::closeAloneImport);
        try {
            return commitTogether(transaction, intakes, true, null);
        } catch (BrokerUnavailableException e) {
            intakes.forEach(intake -> intake.abandon("the broker stopped confirming: nothing was stored"));
            throw e;
        }
    }

    /** Waits until the cables other uploads were storing at the same time as this one are stored. */
    void awaitOthersStoring() {
        for (Future<Void> other : othersStoring) {
            publisher.await(other, "a cable another upload was storing at the same time");
        }
    }

    /** Gives the upload up: nothing uncommitted is stored; publishes what is known, without waiting. */
    public ImportPartReport abandon(String failure) {
        uncommitted.forEach(cable -> versions.released(cable.contentHash(), new IllegalStateException(failure)));
        accepted -= uncommitted.size();
        uncommitted.clear();
        closeAloneImport();
        withNextCommit.forEach(events::publish);
        withNextCommit.clear();
        ImportPartReport report = report(true, failure);
        events.publish(report);
        return report;
    }

    private void commitWhenDue() {
        if (uncommitted.size() >= config.maxInFlight() || System.nanoTime() >= nextCommitAt) {
            guarded(() -> commit(false, null));
        }
    }

    private void closeAloneImport() {
        if (aloneHeader != null && !aloneClosed) {
            withNextCommit.add(aloneHeader.closed(Instant.now()));
            aloneClosed = true;
        }
    }

    /**
     * Commits the cables read since the last commit with their version records and a report. Before it
     * does, it reads its own version records back with every replica's open ones: when another upload
     * claimed one of these versions first (an earlier record of the same hash, in the one partition all
     * records of that hash go to), it aborts, waits until those earlier claims are committed or aborted,
     * leaves the versions they stored to them (duplicates) and sends the rest again. No open transaction is
     * held while waiting, so two uploads never wait for each other.
     */
    private ImportPartReport commit(boolean finished, String failure) {
        return commitTogether(transaction, List.of(this), finished, failure).getFirst();
    }

    /**
     * {@link #commit} for intakes sharing one transaction: each round sends every intake's version records,
     * reads them all back, and when any was claimed first elsewhere aborts the whole transaction, waits for
     * those claims, leaves their versions to them and sends the rest of every intake again.
     */
    private static List<ImportPartReport> commitTogether(UploadTransaction transaction, List<PartIntake> intakes,
            boolean finished, String failure) {
        PartIntake first = intakes.getFirst();
        for (int round = 1; ; round++) {
            List<List<Future<RecordMetadata>>> sent = new ArrayList<>();
            intakes.forEach(intake -> intake.traced(() -> sent.add(intake.sendVersionRecords())));
            List<Map<CheckedCable, TopicPartition>> earlier = new ArrayList<>();
            Map<TopicPartition, Long> claimedUpTo = new HashMap<>();
            for (int i = 0; i < intakes.size(); i++) {
                Map<CheckedCable, TopicPartition> claimed = new HashMap<>();
                intakes.get(i).claimedFirstElsewhere(sent.get(i), claimed)
                        .forEach((partition, end) -> claimedUpTo.merge(partition, end, Math::max));
                earlier.add(claimed);
            }
            if (earlier.stream().allMatch(Map::isEmpty)) {
                break;
            }
            transaction.abort();
            if (round == MAX_ROUNDS) {
                throw new BrokerUnavailableException("other uploads kept claiming the same cables first (" + round
                        + " rounds); retry the request", null);
            }
            first.openVersions.awaitResolved(claimedUpTo, first.config.ackTimeout());
            for (int i = 0; i < intakes.size(); i++) {
                PartIntake intake = intakes.get(i);
                earlier.get(i).keySet().forEach(intake::leaveIfStoredByOthers);
                intake.traced(() -> intake.uncommitted.forEach(intake::sendRaw));
            }
        }
        List<ImportPartReport> reports = new ArrayList<>();
        for (PartIntake intake : intakes) {
            ImportPartReport report = intake.report(finished, failure);
            intake.traced(() -> intake.events.publishIn(transaction, report));
            reports.add(report);
        }
        transaction.commit();
        intakes.forEach(PartIntake::committed);
        return reports;
    }

    /** Runs {@code step} in the trace context this intake was made in (the request's, when another thread commits it). */
    private void traced(Runnable step) {
        try (Scope ignored = trace.makeCurrent()) {
            step.run();
        }
    }

    private void committed() {
        withNextCommit.clear();
        uncommitted.forEach(cable -> versions.stored(cable.contentHash(), origin));
        uncommitted.clear();
        nextCommitAt = System.nanoTime() + config.progressInterval().toNanos();
    }

    private List<Future<RecordMetadata>> sendVersionRecords() {
        Instant now = Instant.now();
        withNextCommit.forEach(event -> events.publishIn(transaction, event));
        return uncommitted.stream().map(cable -> transaction.send(Topics.VERSIONS, cable.contentHash(),
                new CableVersion(cable.referenceId(), cable.contentHash(), origin.importId(), origin.part(),
                        origin.attempt(), now), origin.importId())).toList();
    }

    /**
     * Finds the cables of {@code sent} another upload claimed first, into {@code earlier}; returns up to
     * where (next offset per partition) those earlier claims reach.
     */
    private Map<TopicPartition, Long> claimedFirstElsewhere(List<Future<RecordMetadata>> sent,
            Map<CheckedCable, TopicPartition> earlier) {
        Map<TopicPartition, Long> claimedUpTo = new HashMap<>();
        if (sent.isEmpty()) {
            return claimedUpTo;
        }
        transaction.flush();
        List<RecordMetadata> records = new ArrayList<>();
        for (Future<RecordMetadata> record : sent) {
            publisher.await(record, "the upload's version records");
            records.add(record.resultNow());
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        records.forEach(r -> ends.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max));
        openVersions.awaitSeen(ends, config.ackTimeout());
        for (int i = 0; i < records.size(); i++) {
            CheckedCable cable = uncommitted.get(i);
            RecordMetadata own = records.get(i);
            var partition = new TopicPartition(own.topic(), own.partition());
            Optional<Long> open = openVersions.claimedBefore(own.partition(), own.offset(), cable.contentHash(), origin);
            open.ifPresent(offset -> claimedUpTo.merge(partition, offset + 1, Math::max));
            if (open.isPresent() || versions.storedElsewhere(cable.contentHash(), origin).isPresent()) {
                earlier.put(cable, partition);
            }
        }
        return claimedUpTo;
    }

    /** Counts a cable another upload has stored meanwhile as theirs (a duplicate, or accepted by an earlier attempt). */
    private void leaveIfStoredByOthers(CheckedCable cable) {
        versions.storedElsewhere(cable.contentHash(), origin).ifPresent(verdict -> {
            uncommitted.remove(cable);
            if (verdict == Claim.Verdict.DUPLICATE) {
                accepted--;
                duplicate++;
            }
        });
    }

    private void sendRaw(CheckedCable cable) {
        transaction.send(Topics.RAW, cable.referenceId(), rawOf(cable), origin.importId());
    }

    private <T> T guarded(Supplier<T> step) {
        try {
            return step.get();
        } catch (BrokerUnavailableException e) {
            long lost = uncommitted.size();
            abandon("the broker stopped confirming: " + (accepted - lost) + " cables were stored before");
            throw new BrokerUnavailableException(e.getMessage() + " (" + (accepted - lost) + " cables of '"
                    + origin.part() + "' were stored before)", e);
        }
    }

    private RawCable rawOf(CheckedCable cable) {
        CableInput input = cable.input();
        return new RawCable(cable.referenceId(), origin.importId(), collection, cable.contentHash(), input.format().id(),
                input.source(), input.metadata(), Instant.now(), input.text());
    }

    private ImportPartReport report(boolean finished, String failure) {
        return new ImportPartReport(origin.importId(), origin.part(), origin.attempt(), received, accepted, duplicate,
                rejected, bytesRead.getAsLong(), List.copyOf(rejections), failure, finished, Instant.now());
    }
}
