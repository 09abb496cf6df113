package io.cablestream.stack;

import io.cablestream.contract.topic.TopicSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline on one machine: a Kafka broker JVM, the contract's topics, and the four
 * services as separate JVMs started from their packaged applications. Used by
 * {@code ./cablestream up} and by the end-to-end tests.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final StackSettings settings;
    private final List<ManagedProcess> processes = new ArrayList<>();
    private final List<ServiceProcess> services;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
        String index = settings.dataDir().resolve("query-index").toString();
        this.services = List.of(
                new ServiceProcess("ingest-service", settings.ingestPort(), "256m", List.of()),
                new ServiceProcess("parse-service", settings.parsePort(), "256m", List.of()),
                new ServiceProcess("enrich-service", settings.enrichPort(), "256m", List.of()),
                new ServiceProcess("query-service", settings.queryPort(), "768m",
                        List.of("cablestream.query.index-dir=" + index)));
    }

    /** Checks ports, starts broker and services, and returns once every service is ready. */
    public static LocalStack start(StackSettings settings, JavaCommand java) {
        Ports.requireFree(settings.kafkaPort(), "Kafka broker", "CABLESTREAM_KAFKA_PORT");
        Ports.requireFree(settings.queryPort(), "query-service", "CABLESTREAM_QUERY_PORT");
        Ports.requireFree(settings.ingestPort(), "ingest-service", "CABLESTREAM_INGEST_PORT");
        Ports.requireFree(settings.parsePort(), "parse-service", "CABLESTREAM_PARSE_PORT");
        Ports.requireFree(settings.enrichPort(), "enrich-service", "CABLESTREAM_ENRICH_PORT");
        var stack = new LocalStack(settings);
        try {
            stack.processes.add(KafkaBrokerProcess.start(settings, java));
            TopicSetup.ensureContractTopics(settings.bootstrapServers(), 3, Map.of());
            var started = stack.services.stream().map(service -> service.start(settings, java)).toList();
            stack.processes.addAll(started);
            for (int i = 0; i < started.size(); i++) {
                stack.services.get(i).awaitReady(started.get(i), READY_TIMEOUT);
            }
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public StackSettings settings() {
        return settings;
    }

    public String ingestUrl() {
        return "http://127.0.0.1:" + settings.ingestPort();
    }

    public String queryUrl() {
        return "http://127.0.0.1:" + settings.queryPort();
    }

    /** The running process of a service (or {@code kafka}), e.g. to kill it in a fault test. */
    public ManagedProcess process(String name) {
        return processes.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no process named " + name));
    }

    /** Stops the services first (so they commit their work), then the broker. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).stop(Duration.ofSeconds(20));
        }
        processes.clear();
    }
}
