package io.cablestream.stack;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.auth.TokenMinter;
import io.cablestream.contract.auth.VerificationKey;
import io.cablestream.contract.topic.TopicSetup;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline on one machine: a Kafka broker JVM, the contract's topics, and the four
 * services as separate JVMs started from their packaged applications. Used by
 * {@code ./cablestream up}, by the end-to-end tests and by the fault tests, which crash and restart
 * its processes one by one. ingest-service and query-service verify access tokens with the stack's
 * {@link LocalKeys}; {@link #adminToken()} signs one that may do everything.
 */
public final class LocalStack implements AutoCloseable {

    /** Name of the broker process in {@link #restart} and {@link #kill}. */
    public static final String KAFKA = "kafka";

    /** query-service's maximum heap; the benchmark's bare-Lucene JVM gets the same. */
    public static final String QUERY_HEAP = "512m";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

    private final StackSettings settings;
    private final JavaCommand java;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, ManagedProcess> running = new LinkedHashMap<>();
    private final TokenMinter tokens;

    private LocalStack(StackSettings settings, JavaCommand java, List<String> serviceProperties) {
        this.settings = settings;
        this.java = java;
        String verificationKey = VerificationKey.LOCATION + "=" + LocalKeys.ensure(settings).toUri();
        try {
            this.tokens = LocalKeys.minter(settings);
        } catch (IOException e) {
            throw new StackException("cannot read the local signing key: " + e.getMessage(), e);
        }
        var ingestProperties = new ArrayList<>(serviceProperties);
        ingestProperties.add("cablestream.ingest.query-service.url=http://127.0.0.1:" + settings.queryPort());
        ingestProperties.add(verificationKey);
        var queryProperties = new ArrayList<>(serviceProperties);
        queryProperties.add("cablestream.query.index-dir=" + settings.dataDir().resolve("query-index"));
        queryProperties.add("cablestream.query.ingest-service.url=http://127.0.0.1:" + settings.ingestPort());
        queryProperties.add(verificationKey);
        for (var service : List.of(
                new ServiceProcess("ingest-service", settings.ingestPort(), "256m", ingestProperties),
                new ServiceProcess("parse-service", settings.parsePort(), "256m", serviceProperties),
                new ServiceProcess("enrich-service", settings.enrichPort(), "256m", serviceProperties),
                new ServiceProcess("query-service", settings.queryPort(), QUERY_HEAP, queryProperties))) {
            services.put(service.name(), service);
        }
    }

    /** Checks ports, starts broker and services, and returns once every service is ready. */
    public static LocalStack start(StackSettings settings, JavaCommand java) {
        return start(settings, java, List.of());
    }

    /**
     * Like {@link #start(StackSettings, JavaCommand)}, with extra settings for every service, e.g.
     * {@code quarkus.otel.sdk.disabled=false}.
     */
    public static LocalStack start(StackSettings settings, JavaCommand java, List<String> serviceProperties) {
        Ports.requireFree(settings.kafkaPort(), "Kafka broker", "CABLESTREAM_KAFKA_PORT");
        Ports.requireFree(settings.queryPort(), "query-service", "CABLESTREAM_QUERY_PORT");
        Ports.requireFree(settings.ingestPort(), "ingest-service", "CABLESTREAM_INGEST_PORT");
        Ports.requireFree(settings.parsePort(), "parse-service", "CABLESTREAM_PARSE_PORT");
        Ports.requireFree(settings.enrichPort(), "enrich-service", "CABLESTREAM_ENRICH_PORT");
        var stack = new LocalStack(settings, java, serviceProperties);
        try {
            stack.running.put(KAFKA, KafkaBrokerProcess.start(settings, java));
            TopicSetup.ensureContractTopics(settings.bootstrapServers(), 3, Map.of());
            stack.services.values().forEach(service -> stack.running.put(service.name(), service.start(settings, java)));
            stack.services.values().forEach(service -> service.awaitReady(stack.running.get(service.name()),
                    READY_TIMEOUT));
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

    /** Signs tokens the stack's services accept. */
    public TokenMinter tokens() {
        return tokens;
    }

    /** A token with the admin role, valid for {@code ttl}. */
    public String adminToken(Duration ttl) {
        return tokens.mint("local-admin", List.of(Roles.ADMIN), null, null, ttl);
    }

    /** The running process of a service (or {@link #KAFKA}). */
    public ManagedProcess process(String name) {
        var process = running.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no process named " + name + "; known: " + running.keySet());
        }
        return process;
    }

    /** Crashes a process with SIGKILL, as a power cut or the OOM killer would. */
    public void kill(String name) {
        process(name).kill();
    }

    /** Starts a killed or stopped process again and waits until it is ready. */
    public void restart(String name) {
        process(name).stop(Duration.ofSeconds(20));
        if (name.equals(KAFKA)) {
            running.put(KAFKA, KafkaBrokerProcess.start(settings, java));
            return;
        }
        var service = services.get(name);
        var process = service.start(settings, java);
        running.put(name, process);
        service.awaitReady(process, READY_TIMEOUT);
    }

    /** Stops the services first (so they commit their work), then the broker. */
    @Override
    public void close() {
        var names = List.copyOf(running.keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            running.get(names.get(i)).stop(Duration.ofSeconds(20));
        }
        running.clear();
    }
}
