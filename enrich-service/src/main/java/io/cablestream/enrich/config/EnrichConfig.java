package io.cablestream.enrich.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of enrich-service, under {@code cablestream.enrich}. */
@ConfigMapping(prefix = "cablestream.enrich")
public interface EnrichConfig {

    /**
     * Kafka consumer group of the enrich stage on {@code cables.parsed.v1}. The group's committed offsets say
     * what has been enriched: starting under a new group id (or resetting this group to the earliest offsets)
     * re-enriches every parsed cable, which is how a new enricher version is applied to the whole archive.
     */
    @WithDefault("enrich-service")
    String groupId();
}
