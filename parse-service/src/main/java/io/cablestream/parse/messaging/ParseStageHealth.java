package io.cablestream.parse.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Liveness: the stage thread runs. Readiness: it also owns partitions of {@code cables.raw.v1}. */
@ApplicationScoped
public class ParseStageHealth {

    private final ParseStage stage;

    ParseStageHealth(ParseStage stage) {
        this.stage = stage;
    }

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.named("parse-stage").status(stage.loop().isAlive()).build();
    }

    @Produces
    @Readiness
    HealthCheck ready() {
        return () -> HealthCheckResponse.named("parse-stage-assigned")
                .status(stage.loop().isAlive() && stage.loop().isAssigned())
                .withData("processed", stage.loop().processed())
                .withData("deadLettered", stage.loop().deadLettered())
                .build();
    }
}
