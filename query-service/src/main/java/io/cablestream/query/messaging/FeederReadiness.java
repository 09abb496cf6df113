package io.cablestream.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: UP only while the feeder reaches Kafka and owns the partitions of
 * {@code cables.enriched.v1}, i.e. while this replica's index keeps up with the topic.
 */
@Readiness
@ApplicationScoped
public class FeederReadiness implements HealthCheck {

    private final FeederLifecycle lifecycle;

    FeederReadiness(FeederLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public HealthCheckResponse call() {
        IndexFeeder feeder = lifecycle.feeder();
        var check = HealthCheckResponse.named("index-feeder");
        if (feeder == null) {
            return check.down().build();
        }
        return check.status(lifecycle.isAlive() && feeder.isReady())
                .withData("partitions", feeder.partitions())
                .withData("applied", feeder.applied())
                .withData("deadLettered", feeder.deadLettered())
                .withData("lag", feeder.lag())
                .build();
    }
}
