package io.cablestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cablestream.contract.json.Json;
import io.cablestream.enrich.dictionary.StationDictionary;
import io.cablestream.enrich.enricher.RoutingEnricher;
import io.cablestream.enrich.enricher.RoutingEnricher.Station;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RoutingEnricher: routing indicators named from the stations dictionary. */
class RoutingEnricherTests {

    private final RoutingEnricher enricher = new RoutingEnricher(new StationDictionary());

    @Test
    void namesEveryStationOfTheHeaderInOrderWithItsPost() throws Exception {
        var data = AnnotationTrees.read(enricher.enrich(ParsedCables.rich("09MADRID1")));

        List<Station> stations = List.of(Json.MAPPER.treeToValue(data, Station[].class));
        assertThat(stations)
                .extracting(Station::role, Station::routingIndicator, Station::station, Station::known, Station::post)
                .containsExactly(
                        tuple("from", "RUEHMD", "AMEMBASSY MADRID", true, "MADRID"),
                        tuple("to", "RUEHC", "DEPT OF STATE WASHINGTON DC", true, "STATE"),
                        tuple("info", "RUEHZZZ", "TEST COLLECTIVE", false, null));
    }

    @Test
    void yieldsNoStationsForACableWithoutRoutingHeader() {
        assertThat(AnnotationTrees.read(enricher.enrich(ParsedCables.withTags("PREL")))).isEmpty();
    }
}
