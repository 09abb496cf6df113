package io.cablestream.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource that starts a {@link KafkaBroker} with every contract topic and points
 * {@code kafka.bootstrap.servers} at it. Partitions per topic: 3, or the {@code partitions} init arg.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg naming the number of partitions of each contract topic. */
    public static final String PARTITIONS = "partitions";

    private static final int DEFAULT_PARTITIONS = 3;

    private int partitions = DEFAULT_PARTITIONS;
    private KafkaBroker broker;

    @Override
    public void init(Map<String, String> initArgs) {
        partitions = Integer.parseInt(initArgs.getOrDefault(PARTITIONS, String.valueOf(DEFAULT_PARTITIONS)));
    }

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.startWithContractTopics(partitions);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
