package io.cablestream.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Liveness: UP while the feeder's thread runs; it ends only when the index cannot be written. */
@Liveness
@ApplicationScoped
public class FeederLiveness implements HealthCheck {

    private final FeederLifecycle lifecycle;

    FeederLiveness(FeederLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("index-feeder-thread").status(lifecycle.isAlive()).build();
    }
}
