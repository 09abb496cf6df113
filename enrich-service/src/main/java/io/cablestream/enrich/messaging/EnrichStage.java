package io.cablestream.enrich.messaging;

import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.stage.StageLoop;
import io.cablestream.contract.topic.Topics;
import io.cablestream.enrich.config.EnrichConfig;
import io.cablestream.enrich.enricher.CableEnricher;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The enrich stage: reads {@code cables.parsed.v1}, runs every enricher and publishes the result on
 * {@code cables.enriched.v1}; failures go to {@code cables.parsed.dead-letter.v1} with the reason.
 */
@Startup
@ApplicationScoped
public class EnrichStage {

    private final StageLoop<ParsedCable, EnrichedCable> loop;

    public EnrichStage(CableEnricher enricher,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, EnrichConfig config,
            @ConfigProperty(name = "quarkus.http.port") int httpPort, OpenTelemetry openTelemetry) {
        this.loop = new StageLoop<>("enrich-service", Topics.PARSED, Topics.ENRICHED,
                (parsed, position) -> enricher.enrich(parsed), EnrichedEvent::encode,
                enriched -> enriched.cable().referenceId(),
                KafkaClients.consumer(bootstrapServers, config.groupId(), "enrich-service", Map.of()),
                () -> KafkaClients.transactionalProducer(bootstrapServers, "enrich-service",
                        KafkaClients.instanceId("enrich-service", httpPort), Map.of()),
                openTelemetry);
    }

    @PostConstruct
    public void start() {
        loop.start();
    }

    @PreDestroy
    public void stop() {
        loop.stop();
    }

    public StageLoop<ParsedCable, EnrichedCable> loop() {
        return loop;
    }
}
