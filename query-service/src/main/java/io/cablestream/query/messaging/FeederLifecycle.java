package io.cablestream.query.messaging;

import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.query.config.QueryConfig;
import io.cablestream.query.index.CableIndex;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs this replica's {@link IndexFeeder} (reading {@code cables.enriched.v1}, parking what it
 * cannot index on {@code cables.enriched.dead-letter.v1}) on its own thread from application start
 * to shutdown, when it lets the feeder commit the index before it closes; registers the
 * {@link IndexMetrics}.
 */
@ApplicationScoped
public class FeederLifecycle {

    private static final String CLIENT_ID = "query-service";
    private static final Duration DEAD_LETTER_TIMEOUT = Duration.ofSeconds(10);

    private final CableIndex index;
    private final QueryConfig config;
    private final String bootstrapServers;
    private final MeterRegistry registry;
    private final OpenTelemetry openTelemetry;
    private volatile IndexFeeder feeder;
    private volatile Thread thread;

    FeederLifecycle(CableIndex index, QueryConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, MeterRegistry registry,
            OpenTelemetry openTelemetry) {
        this.index = index;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.registry = registry;
        this.openTelemetry = openTelemetry;
    }

    void start(@Observes StartupEvent event) {
        Map<String, String> overrides = new HashMap<>(config.kafkaOverrides());
        overrides.putIfAbsent(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        var deadLetters = new DeadLetters(KafkaClients.producer(bootstrapServers, CLIENT_ID, config.kafkaOverrides()),
                DEAD_LETTER_TIMEOUT);
        var metrics = new IndexMetrics(registry, index, config.indexDir(), this::feeder);
        feeder = new IndexFeeder(index, KafkaClients.consumer(bootstrapServers, null, CLIENT_ID, overrides),
                deadLetters, config.commitInterval(), metrics::searchable, openTelemetry);
        thread = Thread.ofPlatform().name("index-feeder").start(feeder);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (feeder != null) {
            feeder.stop();
            thread.join(Duration.ofSeconds(30));
        }
    }

    /** The running feeder, or {@code null} before start. */
    public IndexFeeder feeder() {
        return feeder;
    }

    /** Whether the feeder's thread is running. */
    public boolean isAlive() {
        return thread != null && thread.isAlive();
    }
}
