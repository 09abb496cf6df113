package io.cablestream.testsupport;

import io.cablestream.contract.topic.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * A real single-node Kafka broker for tests: a Testcontainers broker when Docker is available,
 * otherwise an in-JVM KRaft broker. Topics are never auto-created; create them with
 * {@link #createTopics(Collection, int)} (compacted where {@link Topics#isCompacted(String)} says so).
 */
public abstract class KafkaBroker implements AutoCloseable {

    /** Largest record batch the broker accepts, 16 MB; producers must raise {@code max.request.size} to match. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    /** Broker settings both implementations apply on top of Kafka's defaults. */
    static final Map<String, String> SETTINGS = Map.of(
            "auto.create.topics.enable", "false",
            "group.initial.rebalance.delay.ms", "0",
            "log.cleaner.dedupe.buffer.size", "2097152",
            "message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES),
            "offsets.topic.num.partitions", "1",
            "offsets.topic.replication.factor", "1",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "share.coordinator.state.topic.replication.factor", "1",
            "share.coordinator.state.topic.min.isr", "1");

    private static final Duration TOPICS_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(10);

    /**
     * Loggers silenced for every test using a broker: Kafka (broker and clients) down to errors, and
     * Testcontainers' Docker discovery, whose error on machines without Docker only announces the
     * fallback to the in-JVM broker. Held strongly because java.util.logging forgets the level of
     * loggers nobody references.
     */
    private static final Map<Logger, Level> QUIET_LOGGERS = Map.of(
            Logger.getLogger("kafka"), Level.SEVERE,
            Logger.getLogger("org.apache.kafka"), Level.SEVERE,
            Logger.getLogger("state.change.logger"), Level.SEVERE,
            Logger.getLogger("org.testcontainers"), Level.WARNING,
            Logger.getLogger("org.testcontainers.dockerclient"), Level.OFF,
            Logger.getLogger("tc"), Level.WARNING,
            Logger.getLogger("com.github.dockerjava"), Level.WARNING);

    static {
        QUIET_LOGGERS.forEach(Logger::setLevel);
    }

    /** Starts a broker, in a container when Docker is available and in this JVM otherwise. */
    public static KafkaBroker start() {
        return DockerProbe.dockerAvailable() ? ContainerBroker.launch() : EmbeddedKraftBroker.launch();
    }

    /**
     * An in-JVM broker whose client listener ({@link #bootstrapServers()}) requires SASL/SCRAM-SHA-512
     * authentication as {@code user} with {@code password}: clients without these credentials are refused.
     */
    public static KafkaBroker startRequiringScram(String user, String password) {
        return EmbeddedKraftBroker.launch(new EmbeddedKraftBroker.ClientSecurity(
                new EmbeddedKraftBroker.ScramUser(user, password), null));
    }

    /**
     * An in-JVM broker whose client listener ({@link #bootstrapServers()}) requires TLS with the certificate of
     * {@code tls} and, inside it, SASL/SCRAM-SHA-512 as {@code user} with {@code password} (SASL_SSL).
     */
    public static KafkaBroker startRequiringTlsAndScram(String user, String password, TlsMaterial tls) {
        return EmbeddedKraftBroker.launch(new EmbeddedKraftBroker.ClientSecurity(
                new EmbeddedKraftBroker.ScramUser(user, password), tls));
    }

    /** Starts a broker with every contract topic ({@link Topics#allNames()}) created with {@code partitions}. */
    public static KafkaBroker startWithContractTopics(int partitions) {
        KafkaBroker broker = start();
        try {
            broker.createTopics(Topics.allNames(), partitions);
            return broker;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    /** The {@code host:port} list clients connect to. */
    public abstract String bootstrapServers();

    /** Where this class's own admin operations connect; a broker requiring credentials overrides it. */
    String adminBootstrapServers() {
        return bootstrapServers();
    }

    /** Stops the broker and deletes its data. */
    @Override
    public abstract void close();

    /**
     * Creates the named topics with replication factor 1, skipping those that exist already, and
     * returns once the broker serves metadata for all of them.
     */
    public void createTopics(Collection<String> names, int partitions) {
        List<NewTopic> topics = names.stream().map(name -> newTopic(name, partitions)).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, adminBootstrapServers()))) {
            for (KafkaFuture<Void> created : admin.createTopics(topics).values().values()) {
                await(created, TopicExistsException.class);
            }
            long deadline = System.nanoTime() + TOPICS_TIMEOUT.toNanos();
            while (!await(admin.describeTopics(names).allTopicNames(), UnknownTopicOrPartitionException.class)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics " + names + " created but not visible after " + TOPICS_TIMEOUT);
                }
                LockSupport.parkNanos(RETRY_PAUSE.toNanos());
            }
        }
    }

    private static NewTopic newTopic(String name, int partitions) {
        NewTopic topic = new NewTopic(name, partitions, (short) 1);
        return Topics.isCompacted(name)
                ? topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))
                : topic;
    }

    /** Waits for {@code future}; returns false when it failed with {@code tolerated}, throws on any other failure. */
    private static boolean await(KafkaFuture<?> future, Class<? extends Throwable> tolerated) {
        try {
            future.get(TOPICS_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            if (tolerated.isInstance(e.getCause())) {
                return false;
            }
            throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("topic creation did not finish within " + TOPICS_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
