package io.cablestream.enrich.enricher;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.ParsedCable;

/**
 * One independent unit of enrichment. Every CDI bean implementing this is run on every cable; its
 * output is stored under {@link #name()} in the enriched event, stamped with {@link #version()}.
 * Adding an enricher means adding a bean: nothing else changes.
 */
public interface Enricher {

    /** Key of this enricher's annotation, e.g. {@code tags}. */
    String name();

    /** Version stamped on its output; bump it when the output changes, then replay to re-enrich. */
    String version();

    /** What this enricher adds to the cable (documented per enricher). */
    JsonNode enrich(ParsedCable cable);
}
