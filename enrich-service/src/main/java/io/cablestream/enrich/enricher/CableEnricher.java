package io.cablestream.enrich.enricher;

import io.cablestream.contract.event.Annotation;
import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.ParsedCable;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/** Runs every {@link Enricher} on a parsed cable and gathers their annotations. */
@ApplicationScoped
public class CableEnricher {

    private final List<Enricher> enrichers;

    CableEnricher(@All List<Enricher> enrichers) {
        this.enrichers = enrichers.stream().sorted(Comparator.comparing(Enricher::name)).toList();
    }

    public EnrichedCable enrich(ParsedCable cable) {
        var annotations = new LinkedHashMap<String, Annotation>();
        for (Enricher enricher : enrichers) {
            annotations.put(enricher.name(),
                    new Annotation(enricher.name(), enricher.version(), enricher.enrich(cable)));
        }
        return new EnrichedCable(cable, annotations, Instant.now());
    }
}
