package io.cablestream.enrich.enricher;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.ParsedCable.Recipient;
import io.cablestream.enrich.dictionary.StationDictionary;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the stations of a cable's routing header from their routing indicators. Output ({@code routing}): a
 * list of {@link Station} in header order (from, then to, then info); an indicator the dictionary lacks is
 * kept with {@code known=false} and the name the header gives.
 */
@Singleton
public class RoutingEnricher implements Enricher {

    /** One station of the header: its role, indicator, name and U.S. post code when it is one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Station(String role, String routingIndicator, String station, boolean known, String post,
            String precedence) {
    }

    private final StationDictionary stations;

    public RoutingEnricher(StationDictionary stations) {
        this.stations = stations;
    }

    @Override
    public String name() {
        return "routing";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public JsonNode enrich(ParsedCable cable) {
        List<Station> named = new ArrayList<>();
        var routing = cable.routing();
        if (routing != null) {
            add(named, "from", routing.from() == null ? List.of() : List.of(routing.from()));
            add(named, "to", routing.to());
            add(named, "info", routing.info());
        }
        return AnnotationData.of(named);
    }

    private void add(List<Station> named, String role, List<Recipient> recipients) {
        if (recipients == null) {
            return;
        }
        for (Recipient recipient : recipients) {
            if (recipient == null) {
                continue;
            }
            var known = stations.byIndicator(recipient.routingIndicator());
            named.add(new Station(role, recipient.routingIndicator(),
                    known.map(StationDictionary.Station::name).orElse(recipient.name()), known.isPresent(),
                    known.map(StationDictionary.Station::post).orElse(null), recipient.precedence()));
        }
    }
}
