package io.cablestream.contract.event;

import java.time.Instant;
import java.util.Map;

/**
 * A parsed cable with what enrich-service added, published on {@code cables.enriched.v1}
 * (compacted by reference ID).
 *
 * @param cable the parsed cable, unchanged
 * @param annotations what each enricher added, keyed by the enricher's name
 * @param enrichedAt when enrichment finished
 */
public record EnrichedCable(ParsedCable cable, Map<String, Annotation> annotations, Instant enrichedAt) {
}
