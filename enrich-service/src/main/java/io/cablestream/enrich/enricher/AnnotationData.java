package io.cablestream.enrich.enricher;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.json.Json;

/**
 * Wraps what an enricher found as the data of its annotation without building a JSON tree: the value is written
 * straight into the enriched event when the event is encoded ({@code POJONode}). In-process readers see an
 * opaque node and read the value with {@code Json.MAPPER.treeToValue(data, Type.class)}, or encode and decode the
 * event as consumers do.
 */
final class AnnotationData {

    private AnnotationData() {
    }

    static JsonNode of(Object value) {
        return Json.MAPPER.getNodeFactory().pojoNode(value);
    }
}
