package io.cablestream.contract.event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one enricher added to a cable, stamped with the enricher's name and version so a newer
 * version's output can be told apart and everything re-enriched by replay.
 *
 * @param enricher the enricher's name, e.g. {@code tags}
 * @param version the enricher's version, e.g. {@code 1}
 * @param data the enricher's output; its shape is documented per enricher
 */
public record Annotation(String enricher, String version, JsonNode data) {
}
