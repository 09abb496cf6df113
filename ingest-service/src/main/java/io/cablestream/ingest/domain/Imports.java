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
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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
        var header = new ImportHeader(newImportId(), name, collection, via, Instant.now(), null);
        return receive(header.importId(), collection, name, bytesRead, reader, header);
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
