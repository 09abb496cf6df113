package io.cablestream.ingest.progress;

import io.cablestream.contract.topic.Topic;
import io.cablestream.contract.topic.TopicSetup;
import io.cablestream.contract.topic.Topics;
import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.ingest.dedupe.CableVersions;
import io.cablestream.ingest.dedupe.OpenVersions;
import io.cablestream.ingest.messaging.BrokerUnavailableException;
import io.cablestream.ingest.messaging.CommittedEnds;
import io.cablestream.ingest.messaging.TopicTail;
import io.cablestream.ingest.messaging.UploadTransactions;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings ingest's shared state up at start, in the background so that the service starts even while
 * the broker is down: creates {@code cables.imports.v1} and {@code cables.versions.v1} when missing,
 * starts the upload transactions (aborting what a crashed predecessor left open), follows both from
 * their beginning (into {@link ImportStateView} and {@link CableVersions}), follows the open
 * transactions' records of {@code cables.versions.v1} (into {@link OpenVersions}) and starts
 * the {@link StageCounter}. Ingest takes cables only once both topics have been read to their end.
 */
@ApplicationScoped
public class IngestState {

    private static final Logger LOG = LoggerFactory.getLogger(IngestState.class);

    private final String bootstrapServers;
    private final IngestConfig config;
    private final CableVersions versions;
    private final ImportStateView view;
    private final ImportEvents events;
    private final UploadTransactions transactions;
    private final CommittedEnds committedEnds;
    private final OpenVersions openVersions;
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private volatile boolean closing;
    private TopicTail versionsTail;
    private TopicTail openVersionsTail;
    private TopicTail importsTail;
    private StageCounter counter;

    IngestState(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, IngestConfig config,
            CableVersions versions, ImportStateView view, ImportEvents events, UploadTransactions transactions,
            CommittedEnds committedEnds, OpenVersions openVersions) {
        this.openVersions = openVersions;
        this.transactions = transactions;
        this.committedEnds = committedEnds;
        this.bootstrapServers = bootstrapServers;
        this.config = config;
        this.versions = versions;
        this.view = view;
        this.events = events;
    }

    void onStart(@Observes StartupEvent start) {
        Thread.ofPlatform().name("ingest-state-start").daemon().start(this::bringUp);
    }

    /** Whether both state topics have been read to the end they had at start. */
    public boolean isLoaded() {
        return loaded.isDone() && !loaded.isCompletedExceptionally();
    }

    /**
     * Waits until the state is loaded, at most the acknowledgement timeout.
     *
     * @throws BrokerUnavailableException when it is not loaded in time
     */
    public void awaitLoaded() {
        await(loaded, "ingest-service is still reading the cable versions and imports it knows from Kafka ("
                + Topics.VERSIONS.name() + ", " + Topics.IMPORTS.name() + ") and the broker did not answer");
    }

    /**
     * Waits until this replica knows every cable version stored so far, by any replica: until it has
     * read {@code cables.versions.v1} up to the end the topic has now (its last stable offsets, asked from
     * this thread; usually the tail is there already and nothing is waited for). An upload
     * that starts after this therefore counts every version committed before it began as a duplicate,
     * wherever it was stored.
     *
     * @throws BrokerUnavailableException when the broker does not let it catch up within the acknowledgement timeout
     */
    public void awaitVersionsCurrent() {
        awaitLoaded();
        var ends = committedEnds.of(versionsTail.positions().keySet());
        await(versionsTail.reached(ends), "ingest-service could not read the latest cable versions from "
                + Topics.VERSIONS.name());
    }

    private void await(CompletableFuture<Void> step, String failure) {
        try {
            step.get(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new BrokerUnavailableException(failure + " within " + config.ackTimeout().toSeconds()
                    + " s; retry the request", e);
        }
    }

    private void bringUp() {
        while (!closing) {
            try {
                TopicSetup.ensure(bootstrapServers, Topics.INGEST_STATE.stream().map(Topic::name).toList(),
                        config.statePartitions(), config.kafkaOverrides());
                transactions.startPool();
                break;
            } catch (RuntimeException e) {
                LOG.warn("cannot create ingest's state topics yet, retrying: {}", e.getMessage());
                pauseQuietly();
            }
        }
        synchronized (this) {
            if (!closing) {
                follow();
            }
        }
    }

    private void follow() {
        versionsTail = new TopicTail(bootstrapServers, config.kafkaOverrides(), Topics.VERSIONS.name(),
                record -> versions.learn(Topics.VERSIONS.decode(record.value()))).start();
        openVersionsTail = TopicTail.ofOpenRecords(bootstrapServers, config.kafkaOverrides(), Topics.VERSIONS.name(),
                committedEnds::of, record -> openVersions.seen(record.partition(), record.offset(),
                        Topics.VERSIONS.decode(record.value()))).start();
        openVersions.readBy(openVersionsTail, versionsTail);
        importsTail = new TopicTail(bootstrapServers, config.kafkaOverrides(), Topics.IMPORTS.name(),
                record -> view.apply(Topics.IMPORTS.decode(record.value()))).start();
        CompletableFuture.allOf(versionsTail.current(), openVersionsTail.current(), importsTail.current()).thenRun(() -> {
            LOG.info("ingest state loaded: {} cable versions known", versions.size());
            loaded.complete(null);
        });
        counter = new StageCounter(bootstrapServers, config.kafkaOverrides(), view, events, importsTail::current,
                config.maxListedRejections()).start();
    }

    private static void pauseQuietly() {
        try {
            Thread.sleep(Duration.ofSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void close() {
        closing = true;
        synchronized (this) {
            closeAll();
        }
    }

    private void closeAll() {
        for (AutoCloseable running : new AutoCloseable[] {counter, importsTail, openVersionsTail, versionsTail}) {
            if (running != null) {
                try {
                    running.close();
                } catch (Exception e) {
                    LOG.debug("closing {}: {}", running, e.toString());
                }
            }
        }
    }
}
