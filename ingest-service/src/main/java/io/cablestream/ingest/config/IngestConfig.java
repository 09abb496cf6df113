package io.cablestream.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;

/** Settings of ingest-service ({@code cablestream.ingest.*}). */
@ConfigMapping(prefix = "cablestream.ingest")
public interface IngestConfig {

    /** How long a request waits for the broker to acknowledge its records before answering 503. */
    @WithDefault("15s")
    Duration ackTimeout();

    /** Seconds a client is told to wait (Retry-After) when the broker is unreachable. */
    @WithDefault("10")
    int retryAfterSeconds();

    /** Largest single cable accepted, in bytes; larger ones are refused with 413. */
    @WithDefault("4194304")
    int maxCableBytes();

    /** Extra Kafka producer settings (e.g. security), passed through unchanged. */
    @WithName("kafka")
    Map<String, String> kafkaOverrides();
}
