package io.cablestream.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.Uuid;

/**
 * Starts a single-node Apache Kafka broker (KRaft, combined broker and controller) in its own JVM,
 * with its data in {@code <data>/kafka} so topics survive restarts. The storage is formatted once
 * with a cluster ID kept beside it.
 */
public final class KafkaBrokerProcess {

    private KafkaBrokerProcess() {
    }

    /** Formats storage when needed, starts the broker and waits until it listens. */
    public static ManagedProcess start(StackSettings settings, JavaCommand java) {
        Path dir = settings.dataDir().resolve("kafka");
        Path config = dir.resolve("server.properties");
        Path logConfig = dir.resolve("log4j2.properties");
        try {
            Files.createDirectories(dir);
            Files.writeString(config, serverProperties(settings, dir, Ports.free()));
            Files.writeString(logConfig, LOG_CONFIG);
            Path log = settings.dataDir().resolve("logs/kafka.log");
            ManagedProcess.runToCompletion("kafka-storage-format",
                    java.command(List.of("-Xmx128m", "-Dlog4j2.configurationFile=" + logConfig),
                            "kafka.tools.StorageTool", "format", "-t", clusterId(dir), "-c", config.toString(),
                            "--ignore-formatted"),
                    settings.home(), log, Duration.ofSeconds(60));
            var jvmArgs = new ArrayList<>(List.of("-Xms64m", "-Xmx256m", "-Dlog4j2.configurationFile=" + logConfig));
            jvmArgs.addAll(FlightRecording.jvmArgs("kafka", System.getenv()));
            var broker = ManagedProcess.start("kafka", java.command(jvmArgs, "kafka.Kafka", config.toString()),
                    settings.home(), log);
            awaitListening(broker, settings.kafkaPort(), Duration.ofSeconds(90));
            return broker;
        } catch (IOException e) {
            throw new StackException("cannot prepare the broker's folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String clusterId(Path dir) throws IOException {
        Path file = dir.resolve("cluster.id");
        if (!Files.exists(file)) {
            Files.writeString(file, Uuid.randomUuid().toString());
        }
        return Files.readString(file).trim();
    }

    private static void awaitListening(ManagedProcess broker, int port, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!Ports.isListening(port)) {
            if (!broker.isAlive()) {
                throw new StackException("the Kafka broker exited during start:\n" + broker.logTail(30));
            }
            if (Instant.now().isAfter(deadline)) {
                broker.stop(Duration.ofSeconds(5));
                throw new StackException("the Kafka broker did not listen on port " + port + " within "
                        + timeout.toSeconds() + " s:\n" + broker.logTail(30));
            }
            Sleep.quietly(Duration.ofMillis(200));
        }
    }

    private static String serverProperties(StackSettings settings, Path dir, int controllerPort) {
        return """
                # Written by the local stack at every start; edit StackSettings instead.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=false
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                log.cleaner.dedupe.buffer.size=2097152
                message.max.bytes=16777216
                """.formatted(settings.kafkaPort(), controllerPort, dir.resolve("logs"));
    }

    private static final String LOG_CONFIG = """
            status = error
            appender.console.type = Console
            appender.console.name = console
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = %d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n
            rootLogger.level = warn
            rootLogger.appenderRef.console.ref = console
            logger.kafka.name = kafka.server.KafkaRaftServer
            logger.kafka.level = info
            """;
}
