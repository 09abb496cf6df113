package io.cablestream.ingest.inbox;

import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.ingest.domain.Batches;
import io.cablestream.ingest.domain.Imports;
import io.cablestream.ingest.domain.RejectedCableException;
import io.cablestream.ingest.messaging.BrokerUnavailableException;
import io.cablestream.ingest.progress.ImportStatuses;
import io.cablestream.ingest.progress.ImportStateView;
import io.cablestream.ingest.progress.IngestState;
import io.cablestream.parser.InputFormat;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the inbox folder ({@code cablestream.ingest.inbox.path}) by scanning it every poll
 * interval: each settled file (archives included) becomes an import of its own, and is moved to
 * {@code done/} or {@code failed/} with its report once every accepted cable is stored. Files claimed
 * by a run that stopped are resumed first, under their recorded import ID, so that a restart neither
 * imports a file twice nor forgets one that arrived meanwhile. One replica should watch a folder.
 */
@ApplicationScoped
public class InboxWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);

    private final IngestConfig.Inbox config;
    private final Imports imports;
    private final Batches batches;
    private final ImportStatuses statuses;
    private final ImportStateView view;
    private final IngestState state;
    private volatile boolean running = true;
    private Thread thread;

    InboxWatcher(IngestConfig config, Imports imports, Batches batches, ImportStatuses statuses,
            ImportStateView view, IngestState state) {
        this.config = config.inbox();
        this.imports = imports;
        this.batches = batches;
        this.statuses = statuses;
        this.view = view;
        this.state = state;
    }

    void onStart(@Observes StartupEvent start) {
        config.path().ifPresent(path -> thread = Thread.ofPlatform().name("inbox").daemon().start(() -> watch(path)));
    }

    private void watch(Path path) {
        InboxFolder folder = null;
        while (running) {
            try {
                if (folder == null) {
                    folder = new InboxFolder(path, config.settleTime());
                    LOG.info("watching inbox {}", path.toAbsolutePath());
                }
                if (state.isLoaded()) {
                    scan(folder);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("inbox {}: {}; trying again", path, e.toString());
            }
            pause();
        }
    }

    private void scan(InboxFolder folder) throws IOException {
        for (InboxFolder.Claimed claimed : folder.unfinished()) {
            importFile(folder, claimed);
        }
        for (Path file : folder.settled()) {
            if (!running) {
                return;
            }
            var claimed = folder.claim(file, Imports.newImportId());
            if (claimed.isPresent()) {
                importFile(folder, claimed.get());
            }
        }
    }

    private void importFile(InboxFolder folder, InboxFolder.Claimed claimed) throws IOException {
        if (view.get(claimed.importId()).map(s -> s.header()).isEmpty()) {
            imports.open(claimed.importId(), claimed.name(), config.collection(), "inbox");
        }
        boolean succeeded;
        try {
            var report = batches.receiveFile(claimed.importId(), config.collection(), claimed.file(), claimed.name(),
                    null, InputFormat.AUTO);
            succeeded = report.accepted() + report.duplicate() > 0 || report.rejected() == 0;
        } catch (BrokerUnavailableException e) {
            LOG.warn("inbox: {} stays in processing/ until the broker answers: {}", claimed.name(), e.getMessage());
            return;
        } catch (RejectedCableException e) {
            succeeded = false;
        }
        try {
            imports.close(claimed.importId());
        } catch (RejectedCableException e) {
            // closed already by a run that stopped before moving the file
        }
        Path moved = folder.finish(claimed, succeeded, statuses.of(claimed.importId()).orElseThrow());
        LOG.info("inbox: imported {} as {}, moved to {}", claimed.name(), claimed.importId(), moved);
    }

    private void pause() {
        try {
            Thread.sleep(config.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
