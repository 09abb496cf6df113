package io.cablestream.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.json.Json;
import io.cablestream.enrich.enricher.Enricher;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * An enricher that exists only in the tests: being a CDI bean is all it takes for the service to run it and
 * publish its annotation, which is what {@link EnrichStageIT} checks.
 */
@ApplicationScoped
public class SentenceCountEnricher implements Enricher {

    @Override
    public String name() {
        return "sentence-count";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public JsonNode enrich(ParsedCable cable) {
        long sentences = cable.body() == null ? 0 : cable.body().split("[.!?](\\s|$)").length;
        return Json.MAPPER.valueToTree(Map.of("sentences", sentences));
    }
}
