package io.cablestream.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/** An annotation's data as consumers read it: encoded as in the enriched event and read back as a JSON tree. */
public final class AnnotationTrees {

    private AnnotationTrees() {
    }

    public static JsonNode read(JsonNode data) {
        try {
            return Json.MAPPER.readTree(Json.encode(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
