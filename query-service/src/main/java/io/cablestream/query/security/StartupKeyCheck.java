package io.cablestream.query.security;

import io.cablestream.contract.auth.VerificationKey;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

/** Stops query-service at startup when no key to verify access tokens is configured (see {@link VerificationKey}). */
@ApplicationScoped
class StartupKeyCheck {

    void check(@Observes StartupEvent event, Config config) {
        VerificationKey.require("query-service", name -> config.getOptionalValue(name, String.class));
    }
}
