package io.cablestream.enrich.dictionary;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Routing indicators and the stations they address ({@code dictionaries/stations.tsv}, converted from the
 * facts of cablemap's {@code route2name.csv}), with the post code when the station is a U.S. post.
 */
@Singleton
public class StationDictionary {

    /** A station: its name, e.g. {@code AMEMBASSY MOSCOW}, and its post code or {@code null}. */
    public record Station(String routingIndicator, String name, String post) {
    }

    private final Map<String, Station> byIndicator = new HashMap<>();

    public StationDictionary() {
        for (String[] row : DictionaryFile.rows("/dictionaries/stations.tsv", 3)) {
            byIndicator.put(row[0], new Station(row[0], row[1], row[2].isEmpty() ? null : row[2]));
        }
    }

    public Optional<Station> byIndicator(String routingIndicator) {
        return routingIndicator == null ? Optional.empty()
                : Optional.ofNullable(byIndicator.get(routingIndicator.strip().toUpperCase(Locale.ROOT)));
    }
}
