package io.cablestream.testsupport;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.cablestream.contract.topic.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;

/**
 * Checks record values against the JSON Schema of their contract topic, loaded from the classpath;
 * schema IDs under {@code https://cablestream.io/schemas/} resolve to {@code classpath:schemas/}, and
 * {@code format} (e.g. {@code date-time}) is asserted, not just annotated.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            registry -> registry
                    .schemaIdResolvers(ids -> ids.mapPrefix("https://cablestream.io/schemas/", "classpath:schemas/"))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .pathType(PathType.JSON_PATH)
                            .locale(Locale.ENGLISH)
                            .build()));

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Fails with every violation and its JSON path unless {@code json} fits the topic's value schema. */
    public static void assertValid(Topic<?> topic, byte[] json) {
        List<String> violations = violations(topic, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("value does not fit " + topic.schemaResource() + " of " + topic.name() + ":\n  "
                    + String.join("\n  ", violations));
        }
    }

    /**
     * Each violation of the topic's value schema as {@code $.json.path: message}; empty when the value
     * fits. A value that is not JSON at all yields one violation at {@code $}.
     */
    public static List<String> violations(Topic<?> topic, byte[] json) {
        Schema schema = SCHEMAS.computeIfAbsent(topic.schemaResource(), EventSchemas::load);
        try {
            return schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON).stream()
                    .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                    .toList();
        } catch (JacksonException e) {
            return List.of("$: not JSON: " + e.getOriginalMessage());
        }
    }

    private static Schema load(String resource) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + resource.replaceFirst("^/", "")));
        schema.initializeValidators();
        return schema;
    }
}
