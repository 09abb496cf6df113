package io.cablestream.testsupport;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.cablestream.contract.topic.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Each violation of the topic's value schema as {@code path: message}; empty when the value fits. */
    public static List<String> violations(Topic<?> topic, byte[] json) {
        Schema schema = SCHEMAS.computeIfAbsent(topic.schemaResource(), EventSchemas::load);
        return schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .toList();
    }

    private static Schema load(String resource) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + resource.replaceFirst("^/", "")));
        schema.initializeValidators();
        return schema;
    }
}
