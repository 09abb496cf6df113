package io.cablestream.ingest.messaging;

import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.ingest.config.IngestConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A fixed pool of transactional producers, one per upload in progress, each with a transactional ID
 * stable across restarts of this instance ({@code ingest-service-<host>-<port>-<slot>}): a restarted
 * ingest aborts what its crashed predecessor left open, so read_committed readers never see a cable
 * whose upload did not commit. The pool's size bounds how many uploads run at once.
 */
@ApplicationScoped
public class UploadTransactions {

    private final String bootstrapServers;
    private final IngestConfig config;
    private final TracedSender sender;
    private final String instance;
    private final BlockingQueue<Slot> idle = new LinkedBlockingQueue<>();
    private final List<Slot> slots = new ArrayList<>();

    /** One producer of the pool and its transactional ID. */
    record Slot(String transactionalId, KafkaProducer<String, byte[]> producer) {
    }

    UploadTransactions(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, IngestConfig config,
            @ConfigProperty(name = "quarkus.http.port") int port, TracedSender sender) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
        this.sender = sender;
        this.instance = KafkaClients.instanceId("ingest-service", port);
    }

    /**
     * Takes a producer of the pool for one upload, creating the pool on first use.
     *
     * @throws BrokerUnavailableException when the broker does not answer, or every producer stays busy
     *     for the acknowledgement timeout
     */
    public UploadTransaction begin() {
        startPool();
        Slot slot;
        try {
            slot = idle.poll(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while waiting for an upload slot", e);
        }
        if (slot == null) {
            throw new BrokerUnavailableException("all " + config.maxConcurrentUploads() + " upload slots stayed busy for "
                    + config.ackTimeout().toSeconds() + " s (cablestream.ingest.max-concurrent-uploads); retry later", null);
        }
        return new UploadTransaction(slot, this, sender, config.ackTimeout());
    }

    /** Gives a slot back; a producer that failed is replaced by a new one with the same transactional ID. */
    void release(Slot slot, boolean healthy) {
        if (healthy) {
            idle.add(slot);
            return;
        }
        slot.producer().close(Duration.ZERO);
        Slot fresh = null;
        try {
            fresh = open(slot.transactionalId());
        } catch (RuntimeException e) {
            fresh = null;
        }
        synchronized (this) {
            slots.remove(slot);
            if (fresh != null) {
                slots.add(fresh);
                idle.add(fresh);
            }
        }
    }

    /**
     * Creates the pool's producers; each aborts what a crashed predecessor with its transactional ID
     * left open, which read_committed readers (ingest's own state included) would otherwise wait for.
     */
    public synchronized void startPool() {
        while (slots.size() < config.maxConcurrentUploads()) {
            try {
                Slot slot = open(instance + "-" + slots.size());
                slots.add(slot);
                idle.add(slot);
            } catch (RuntimeException e) {
                throw new BrokerUnavailableException("cannot start a transactional producer: the broker did not answer "
                        + "within " + config.ackTimeout().toSeconds() + " s; retry the request", e);
            }
        }
    }

    private Slot open(String transactionalId) {
        var settings = new HashMap<>(config.kafkaOverrides());
        settings.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(config.ackTimeout().toMillis()));
        var producer = KafkaClients.transactionalProducer(bootstrapServers, transactionalId, transactionalId, settings);
        try {
            producer.initTransactions();
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
        return new Slot(transactionalId, producer);
    }

    @PreDestroy
    synchronized void close() {
        slots.forEach(slot -> slot.producer().close(Duration.ofSeconds(5)));
        slots.clear();
    }
}
