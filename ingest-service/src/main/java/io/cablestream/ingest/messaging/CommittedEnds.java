package io.cablestream.ingest.messaging;

import io.cablestream.ingest.config.IngestConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the broker where committed data ends (the last stable offset of each partition, what a
 * read_committed reader can reach), from any thread: one round trip on a shared, thread-safe admin
 * client, so that an upload can learn how far the versions it must know reach without going through
 * a consumer's thread.
 */
@ApplicationScoped
public class CommittedEnds {

    private final Admin admin;
    private final Duration timeout;

    CommittedEnds(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, IngestConfig config) {
        Map<String, Object> settings = new HashMap<>(config.kafkaOverrides());
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "ingest-service-ends");
        this.admin = Admin.create(settings);
        this.timeout = config.ackTimeout();
    }

    /**
     * The last stable offset of each of {@code partitions}.
     *
     * @throws BrokerUnavailableException when the broker does not answer within the acknowledgement timeout
     */
    public Map<TopicPartition, Long> of(Collection<TopicPartition> partitions) {
        var latest = partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        try {
            return admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
        } catch (ExecutionException | TimeoutException e) {
            throw new BrokerUnavailableException("the Kafka broker did not say where " + partitions.stream()
                    .map(TopicPartition::topic).distinct().collect(Collectors.joining(", ")) + " ends within "
                    + timeout.toSeconds() + " s; retry the request", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while asking the broker where committed data ends", e);
        }
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
