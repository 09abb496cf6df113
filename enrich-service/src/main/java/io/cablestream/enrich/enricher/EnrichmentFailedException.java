package io.cablestream.enrich.enricher;

/** Thrown when an enricher fails on a cable; its message is the dead-letter reason. */
public class EnrichmentFailedException extends RuntimeException {

    public EnrichmentFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
