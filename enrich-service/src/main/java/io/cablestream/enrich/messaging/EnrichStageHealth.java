package io.cablestream.enrich.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Liveness: the stage thread runs. Readiness: it also owns partitions of {@code cables.parsed.v1}. */
@ApplicationScoped
public class EnrichStageHealth {

    private final EnrichStage stage;

    EnrichStageHealth(EnrichStage stage) {
        this.stage = stage;
    }

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.named("enrich-stage").status(stage.loop().isAlive()).build();
    }

    @Produces
    @Readiness
    HealthCheck ready() {
        return () -> HealthCheckResponse.named("enrich-stage-assigned")
                .status(stage.loop().isAlive() && stage.loop().isAssigned())
                .withData("processed", stage.loop().processed())
                .withData("deadLettered", stage.loop().deadLettered())
                .build();
    }
}
