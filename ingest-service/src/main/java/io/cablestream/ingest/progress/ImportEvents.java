package io.cablestream.ingest.progress;

import io.cablestream.contract.event.ImportEvent;
import io.cablestream.contract.topic.Topics;
import io.cablestream.ingest.messaging.EventPublisher;
import io.cablestream.ingest.messaging.UploadTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Future;

/**
 * Publishes facts about imports on {@code cables.imports.v1}, alone or inside an upload's
 * transaction, and applies them to this replica's {@link ImportStateView} at once, so a client
 * reading right after a write sees it.
 */
@ApplicationScoped
public class ImportEvents {

    private final EventPublisher publisher;
    private final ImportStateView view;

    ImportEvents(EventPublisher publisher, ImportStateView view) {
        this.publisher = publisher;
        this.view = view;
    }

    /** Publishes {@code event}; the future completes when the broker acknowledged it. */
    public Future<?> publish(ImportEvent event) {
        view.apply(event);
        return publisher.send(Topics.IMPORTS, event.key(), event, event.importId());
    }

    /** Sends {@code event} inside an upload's transaction: visible to other replicas once it commits. */
    public void publishIn(UploadTransaction transaction, ImportEvent event) {
        view.apply(event);
        transaction.send(Topics.IMPORTS, event.key(), event, event.importId());
    }

    /** Publishes {@code event} and waits for the broker's acknowledgement. */
    public void publishAndAwait(ImportEvent event, String what) {
        publisher.await(publish(event), what);
    }
}
