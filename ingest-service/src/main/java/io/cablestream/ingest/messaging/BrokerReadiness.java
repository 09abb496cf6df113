package io.cablestream.ingest.messaging;

import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.ingest.progress.IngestState;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: ingest can take cables only while the Kafka broker answers and once it has read the
 * cable versions and imports it shares with the other replicas.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    private final Admin admin;
    private final IngestState state;

    BrokerReadiness(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, IngestConfig config,
            IngestState state) {
        this.state = state;
        Map<String, Object> settings = new HashMap<>(config.kafkaOverrides());
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "ingest-service-health");
        this.admin = Admin.create(settings);
    }

    @Override
    public HealthCheckResponse call() {
        var check = HealthCheckResponse.named("kafka-broker");
        try {
            int nodes = admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).size();
            return check.status(state.isLoaded()).withData("nodes", nodes)
                    .withData("state", state.isLoaded() ? "loaded" : "reading cables.versions.v1 and cables.imports.v1")
                    .build();
        } catch (Exception e) {
            return check.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
