package io.cablestream.testsupport;

import java.util.Locale;
import org.testcontainers.kafka.KafkaContainer;

/** A Kafka broker in a Docker container ({@code apache/kafka}, KRaft), used when Docker is available. */
final class ContainerBroker extends KafkaBroker {

    private static final String IMAGE = "apache/kafka:4.1.2";

    private final KafkaContainer container;

    private ContainerBroker(KafkaContainer container) {
        this.container = container;
    }

    static ContainerBroker launch() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        SETTINGS.forEach((name, value) -> container.withEnv("KAFKA_" + name.replace('.', '_').toUpperCase(Locale.ROOT), value));
        container.start();
        return new ContainerBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
