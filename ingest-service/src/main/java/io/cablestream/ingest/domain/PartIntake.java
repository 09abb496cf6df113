package io.cablestream.ingest.domain;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.ImportPartReport;
import io.cablestream.contract.event.ImportRejection;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.topic.Topics;
import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.ingest.dedupe.CableVersions;
import io.cablestream.ingest.dedupe.Claim;
import io.cablestream.ingest.dedupe.Origin;
import io.cablestream.ingest.messaging.BrokerUnavailableException;
import io.cablestream.ingest.messaging.EventPublisher;
import io.cablestream.ingest.progress.ImportEvents;
import io.cablestream.ingest.read.EntrySink;
import io.cablestream.parser.CableInput;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * One attempt at receiving one file (or request body) of an import. Takes the entries a reader finds,
 * checks each cable, publishes new versions to {@code cables.raw.v1} without waiting for each
 * acknowledgement (at most {@code max-in-flight} outstanding, which keeps memory bounded and slows the
 * reader down to the broker's pace), counts duplicates and rejections, and publishes its report on
 * {@code cables.imports.v1} as it goes. {@link #finish()} returns only once the broker acknowledged
 * every cable it accepted.
 */
public final class PartIntake implements EntrySink {

    private final Origin origin;
    private final EventPublisher publisher;
    private final CableVersions versions;
    private final ImportEvents events;
    private final IngestConfig config;
    private final LongSupplier bytesRead;
    private final Deque<Sent> unacknowledged = new ArrayDeque<>();
    private final Deque<Future<?>> versionAcks = new ArrayDeque<>();
    private final List<Future<Void>> othersStoring = new ArrayList<>();
    private final List<ImportRejection> rejections = new ArrayList<>();
    private long received;
    private long accepted;
    private long duplicate;
    private long rejected;
    private long nextProgressAt;

    private record Sent(Future<?> ack, CheckedCable cable) {
    }

    PartIntake(Origin origin, EventPublisher publisher, CableVersions versions, ImportEvents events,
            IngestConfig config, LongSupplier bytesRead) {
        this.origin = origin;
        this.publisher = publisher;
        this.versions = versions;
        this.events = events;
        this.config = config;
        this.bytesRead = bytesRead;
        this.nextProgressAt = System.nanoTime() + config.progressInterval().toNanos();
    }

    public Origin origin() {
        return origin;
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

    /** Takes a checked cable; the verdict says whether it was published, was there already, or is a duplicate. */
    public Claim.Verdict accept(CheckedCable cable) {
        received++;
        Claim claim = versions.claim(cable.contentHash(), origin);
        switch (claim.verdict()) {
            case NEW -> {
                unacknowledged.addLast(new Sent(publisher.send(Topics.RAW, cable.referenceId(), rawOf(cable),
                        origin.importId()), cable));
                accepted++;
            }
            case ACCEPTED_EARLIER -> accepted++;
            case DUPLICATE -> duplicate++;
            case IN_FLIGHT -> {
                duplicate++;
                othersStoring.add(claim.stored());
            }
        }
        settleAcknowledged();
        return claim.verdict();
    }

    @Override
    public void rejection(CableSource where, String reason) {
        received++;
        rejected++;
        if (rejections.size() < config.maxListedRejections()) {
            rejections.add(new ImportRejection(where, reason));
        }
        settleAcknowledged();
    }

    /**
     * Waits until the broker acknowledged every cable accepted, then publishes the final report and
     * waits for that too.
     *
     * @throws BrokerUnavailableException when an acknowledgement did not come in time; claims of the
     *     cables not acknowledged are released so that re-sending them publishes them
     */
    public ImportPartReport finish() {
        return finish(null);
    }

    /** Like {@link #finish()}, recording that the file could not be read to its end and why. */
    public ImportPartReport finish(String failure) {
        publisher.flush();
        guarded(() -> {
            while (!unacknowledged.isEmpty()) {
                settle(unacknowledged.removeFirst());
            }
            while (!versionAcks.isEmpty()) {
                publisher.await(versionAcks.removeFirst(), "the version record of a cable");
            }
            for (Future<Void> other : othersStoring) {
                publisher.await(other, "a cable another request is storing at the same time");
            }
        });
        ImportPartReport report = report(true, failure);
        events.publishAndAwait(report, "the report of " + origin.part());
        return report;
    }

    /** Publishes what is known so far, without waiting; used when the part is given up. */
    public ImportPartReport abandon(String failure) {
        unacknowledged.forEach(sent -> versions.released(sent.cable().contentHash(),
                new IllegalStateException(failure)));
        unacknowledged.clear();
        ImportPartReport report = report(true, failure);
        events.publish(report);
        return report;
    }

    private void settleAcknowledged() {
        guarded(() -> {
            while (!unacknowledged.isEmpty()
                    && (unacknowledged.peekFirst().ack().isDone() || unacknowledged.size() > config.maxInFlight())) {
                settle(unacknowledged.removeFirst());
            }
            while (!versionAcks.isEmpty()
                    && (versionAcks.peekFirst().isDone() || versionAcks.size() > config.maxInFlight())) {
                publisher.await(versionAcks.removeFirst(), "the version record of a cable");
            }
        });
        if (System.nanoTime() >= nextProgressAt) {
            nextProgressAt = System.nanoTime() + config.progressInterval().toNanos();
            events.publish(report(false, null));
        }
    }

    private void settle(Sent sent) {
        try {
            publisher.await(sent.ack(), "cable " + sent.cable().referenceId());
        } catch (BrokerUnavailableException e) {
            versions.released(sent.cable().contentHash(), e);
            throw e;
        }
        versionAcks.addLast(versions.stored(sent.cable().referenceId(), sent.cable().contentHash(), origin));
    }

    private void guarded(Runnable waits) {
        try {
            waits.run();
        } catch (BrokerUnavailableException e) {
            String stored = accepted - unacknowledged.size() + " of the " + accepted + " cables accepted so far were stored";
            abandon("the broker stopped acknowledging: " + stored);
            throw new BrokerUnavailableException(e.getMessage() + " (" + stored + ")", e);
        }
    }

    private RawCable rawOf(CheckedCable cable) {
        CableInput input = cable.input();
        return new RawCable(cable.referenceId(), origin.importId(), cable.contentHash(), input.format().id(),
                input.source(), input.metadata(), Instant.now(), input.text());
    }

    private ImportPartReport report(boolean finished, String failure) {
        return new ImportPartReport(origin.importId(), origin.part(), origin.attempt(), received, accepted, duplicate,
                rejected, bytesRead.getAsLong(), List.copyOf(rejections), failure, finished, Instant.now());
    }
}
