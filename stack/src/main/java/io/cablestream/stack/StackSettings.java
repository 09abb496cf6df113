package io.cablestream.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack runs: the repository it starts the services from, its data folder, and the
 * port of each process. Defaults can be overridden by environment variables
 * ({@code CABLESTREAM_QUERY_PORT}, {@code CABLESTREAM_INGEST_PORT}, {@code CABLESTREAM_PARSE_PORT},
 * {@code CABLESTREAM_ENRICH_PORT}, {@code CABLESTREAM_KAFKA_PORT}, {@code CABLESTREAM_DATA}).
 */
public record StackSettings(Path home, Path dataDir, int kafkaPort, int queryPort, int ingestPort, int parsePort,
        int enrichPort, int sampleSize) {

    /** Settings from the environment, with the documented default ports. */
    public static StackSettings fromEnvironment(Path home, Map<String, String> env) {
        return new StackSettings(
                home,
                Path.of(env.getOrDefault("CABLESTREAM_DATA", home.resolve("data").toString())).toAbsolutePath(),
                port(env, "CABLESTREAM_KAFKA_PORT", 9092),
                port(env, "CABLESTREAM_QUERY_PORT", 8080),
                port(env, "CABLESTREAM_INGEST_PORT", 8081),
                port(env, "CABLESTREAM_PARSE_PORT", 8082),
                port(env, "CABLESTREAM_ENRICH_PORT", 8083),
                Integer.parseInt(env.getOrDefault("CABLESTREAM_SAMPLE_SIZE", "50")));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    private static int port(Map<String, String> env, String variable, int fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StackException(variable + "='" + value + "' is not a port number (1-65535)");
    }
}
