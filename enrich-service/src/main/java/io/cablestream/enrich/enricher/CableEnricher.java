package io.cablestream.enrich.enricher;

import io.cablestream.contract.event.Annotation;
import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.ParsedCable;
import io.quarkus.arc.All;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Runs every {@link Enricher} on a parsed cable and gathers their annotations, each stamped with its
 * enricher's name and version. An enricher that fails rejects the cable with a reason naming the enricher,
 * so the stage parks it on the dead-letter topic instead of publishing a partial result.
 */
@Singleton
public class CableEnricher {

    private final List<Enricher> enrichers;

    public CableEnricher(@All List<Enricher> enrichers) {
        this.enrichers = enrichers.stream().sorted(Comparator.comparing(Enricher::name)).toList();
    }

    public EnrichedCable enrich(ParsedCable cable) {
        var annotations = new LinkedHashMap<String, Annotation>();
        for (Enricher enricher : enrichers) {
            try {
                annotations.put(enricher.name(), new Annotation(enricher.name(), enricher.version(), enricher.enrich(cable)));
            } catch (RuntimeException | StackOverflowError e) {
                throw new EnrichmentFailedException("enricher '" + enricher.name() + "' version " + enricher.version()
                        + " failed on " + cable.referenceId() + ": " + e, e);
            }
        }
        return new EnrichedCable(cable, annotations, Instant.now());
    }
}
