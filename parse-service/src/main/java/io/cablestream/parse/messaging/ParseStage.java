package io.cablestream.parse.messaging;

import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.stage.StageLoop;
import io.cablestream.contract.topic.Topics;
import io.cablestream.parser.CableParser;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The parse stage: reads {@code cables.raw.v1}, parses each cable and publishes it on
 * {@code cables.parsed.v1} with the position of its raw record; what cannot be parsed goes to {@code cables.raw.dead-letter.v1}
 * with the reason in headers.
 */
@Startup
@ApplicationScoped
public class ParseStage {

    private final StageLoop<RawCable, ParsedCable> loop;

    ParseStage(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "cablestream.parse.group-id", defaultValue = "parse-service") String groupId,
            @ConfigProperty(name = "quarkus.http.port") int httpPort, OpenTelemetry openTelemetry) {
        var parser = new CableParser();
        this.loop = new StageLoop<>("parse-service", Topics.RAW, Topics.PARSED, parser::parse,
                ParsedCable::referenceId,
                KafkaClients.consumer(bootstrapServers, groupId, "parse-service", Map.of()),
                () -> KafkaClients.transactionalProducer(bootstrapServers, "parse-service",
                        KafkaClients.instanceId("parse-service", httpPort), Map.of()),
                openTelemetry);
    }

    @PostConstruct
    void start() {
        loop.start();
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    public StageLoop<RawCable, ParsedCable> loop() {
        return loop;
    }
}
