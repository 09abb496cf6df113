package io.cablestream.ingest.domain;

import io.cablestream.contract.event.ImportHeader;
import io.cablestream.contract.event.ImportPartReport;
import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.ingest.dedupe.CableVersions;
import io.cablestream.ingest.dedupe.OpenVersions;
import io.cablestream.ingest.dedupe.Origin;
import io.cablestream.ingest.messaging.BrokerUnavailableException;
import io.cablestream.ingest.messaging.EventPublisher;
import io.cablestream.ingest.messaging.UploadTransaction;
import io.cablestream.ingest.messaging.UploadTransactions;
import io.cablestream.ingest.progress.ImportEvents;
import io.cablestream.ingest.progress.ImportStateView;
import io.cablestream.ingest.progress.IngestState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Import batches: opens one (a request, a CLI run, an inbox file), receives its files through a
 * {@link PartIntake} each, and closes it once nothing more will come. Headers and reports go to
 * {@code cables.imports.v1}, so any replica can answer for any import.
 */
@ApplicationScoped
public class Imports {

    /** Reads one file into the intake; a reader may throw {@link RejectedCableException} to refuse the whole file. */
    @FunctionalInterface
    public interface PartReader {
        void readInto(PartIntake intake);
    }

    private final EventPublisher publisher;
    private final UploadTransactions transactions;
    private final CableVersions versions;
    private final OpenVersions openVersions;
    private final ImportEvents events;
    private final ImportStateView view;
    private final IngestState state;
    private final IngestConfig config;

    Imports(EventPublisher publisher, UploadTransactions transactions, CableVersions versions,
            OpenVersions openVersions, ImportEvents events, ImportStateView view, IngestState state,
            IngestConfig config) {
        this.openVersions = openVersions;
        this.publisher = publisher;
        this.transactions = transactions;
        this.versions = versions;
        this.events = events;
        this.view = view;
        this.state = state;
        this.config = config;
    }

    /** A new import ID. */
    public static String newImportId() {
        return "imp-" + UUID.randomUUID();
    }

    /** Opens an import into {@code collection} and returns once the broker holds its header. */
    public ImportHeader open(String importId, String name, String collection, String via) {
        state.awaitLoaded();
        var header = new ImportHeader(importId, name, collection, via, Instant.now(), null);
        events.publishAndAwait(header, "the header of import " + importId);
        return header;
    }

    /** Marks an open import as complete: nothing more will be received for it. */
    public ImportHeader close(String importId) {
        ImportHeader open = openHeader(importId);
        var closed = open.closed(Instant.now());
        events.publishAndAwait(closed, "the header of import " + importId);
        return closed;
    }

    /** The header of an import, when it is known. */
    public Optional<ImportHeader> header(String importId) {
        state.awaitLoaded();
        return view.get(importId).map(s -> s.header());
    }

    /** The header of an import that exists and is still open. */
    public ImportHeader openHeader(String importId) {
        state.awaitLoaded();
        var header = view.get(importId).map(s -> s.header()).orElseThrow(() -> new RejectedCableException(404,
                "unknown-import", "Unknown import", "there is no import '" + importId
                        + "'; open one with POST /imports, or list them with GET /imports"));
        if (header.closedAt() != null) {
            throw new RejectedCableException(409, "import-closed", "Import closed", "import '" + importId
                    + "' was closed at " + header.closedAt() + "; open a new one with POST /imports");
        }
        return header;
    }

    /**
     * Receives one file of an import into the import's {@code collection}: once this replica knows every
     * version stored before (by any replica), the reader hands its entries to a new {@link PartIntake},
     * which returns once every accepted cable is acknowledged. A refused file is recorded (with its reason)
     * before the refusal is passed on.
     *
     * @param bytesRead how many bytes of the file have been read, for progress
     */
    public ImportPartReport receive(String importId, String collection, String part, LongSupplier bytesRead,
            PartReader reader) {
        return receive(importId, collection, part, bytesRead, reader, null);
    }

    /**
     * Opens an import into {@code collection}, receives its one file and closes it; the import's header
     * goes into the file's upload transaction (opened with its first commit, closed with its last).
     */
    public ImportPartReport receiveAlone(String name, String collection, String via, LongSupplier bytesRead,
            PartReader reader) {
        state.awaitLoaded();
        var header = aloneHeader(name, collection, via);
        return receive(header.importId(), collection, name, bytesRead, reader, header);
    }

    /**
     * One cable to receive as an import of its own, together with others ({@link #receiveAloneTogether}).
     *
     * @param name the import's name, also its one file's
     * @param collection the collection the cable goes into
     * @param via how it arrived, e.g. {@code http}
     * @param cable the checked cable
     * @param bytes the size of the request that carried it
     * @param trace the trace context of the request, which its records' publish spans continue
     */
    public record AloneCable(String name, String collection, String via, CheckedCable cable, long bytes,
            Context trace) {
    }

    /**
     * Receives several cables, each as an import of its own (as {@link #receiveAlone} does for one), in one
     * upload transaction: one slot, one commit and one read-back of the version records for all of them.
     * Returns their final reports, in order, with their intakes: a cable another upload was storing at the same
     * time is stored once its intake's {@link PartIntake#awaitOthersStoring()} returns.
     *
     * @throws BrokerUnavailableException when no slot frees up or the broker does not confirm in time;
     *     nothing of any of them is stored then
     */
    public List<AloneReceived> receiveAloneTogether(List<AloneCable> cables) {
        state.awaitLoaded();
        state.awaitVersionsCurrent();
        try (UploadTransaction transaction = transactions.begin()) {
            List<PartIntake> intakes = new ArrayList<>();
            try {
                for (AloneCable cable : cables) {
                    try (Scope ignored = cable.trace().makeCurrent()) {
                        var header = aloneHeader(cable.name(), cable.collection(), cable.via());
                        var intake = new PartIntake(new Origin(header.importId(), cable.name(),
                                UUID.randomUUID().toString()), cable.collection(), transaction, versions, openVersions,
                                events, publisher, config, cable::bytes, header);
                        intakes.add(intake);
                        intake.take(cable.cable());
                    }
                }
            } catch (BrokerUnavailableException e) {
                // the intake that failed gave itself up
                intakes.subList(0, intakes.size() - 1).forEach(intake -> intake.abandon(
                        "the broker did not take a cable received together with this one: nothing was stored"));
                throw e;
            }
            List<ImportPartReport> reports = PartIntake.finishTogether(transaction, intakes);
            List<AloneReceived> received = new ArrayList<>();
            for (int i = 0; i < intakes.size(); i++) {
                received.add(new AloneReceived(reports.get(i), intakes.get(i)));
            }
            return received;
        }
    }

    /**
     * One cable received by {@link #receiveAloneTogether}: its import's final report, and its intake.
     *
     * @param report the final report of the cable's import
     * @param intake the intake, whose {@link PartIntake#awaitOthersStoring()} is left to call
     */
    public record AloneReceived(ImportPartReport report, PartIntake intake) {
    }

    /** The header of a new import made of one file, opened now. */
    private static ImportHeader aloneHeader(String name, String collection, String via) {
        return new ImportHeader(newImportId(), name, collection, via, Instant.now(), null);
    }

    private ImportPartReport receive(String importId, String collection, String part, LongSupplier bytesRead,
            PartReader reader, ImportHeader aloneHeader) {
        state.awaitVersionsCurrent();
        var origin = new Origin(importId, part, UUID.randomUUID().toString());
        try (UploadTransaction transaction = transactions.begin()) {
            var intake = new PartIntake(origin, collection, transaction, versions, openVersions, events, publisher, config, bytesRead,
                    aloneHeader);
            try {
                reader.readInto(intake);
            } catch (RejectedCableException e) {
                intake.finish(e.getMessage());
                throw e;
            } catch (BrokerUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                intake.abandon("ingest failed while reading the file: " + e);
                throw e;
            }
            return intake.finish();
        }
    }
}
