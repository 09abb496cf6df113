package io.cablestream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.json.Json;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void whileFilesAreStillSentTheEtaIncludesTheCablesInTheUnsentBytes() throws IOException {
        JsonNode receiving = status("receiving", 1000, 100.0, 2);

        assertThat(ProgressLine.eta(receiving, 1_000_000, 4_000_000)).isEqualTo(2 + 3000 / 100);
        assertThat(ProgressLine.of(receiving, 1_000_000, 4_000_000)).contains("1.0/4.0 MB", "100/s", "ETA 0:32");
    }

    @Test
    void onceEverythingIsSentTheEtaIsIngestsOwn() throws IOException {
        assertThat(ProgressLine.eta(status("processing", 4000, 50.0, 40), 4_000_000, 4_000_000)).isEqualTo(40);
        assertThat(ProgressLine.eta(status("receiving", 4000, 50.0, 40), 4_000_000, 4_000_000)).isEqualTo(40);
        assertThat(ProgressLine.of(status("receiving", 0, 0.0, -1), 0, 4_000_000)).endsWith("ETA --:--");
    }

    @Test
    void countsAreGroupedInThousands() throws IOException {
        JsonNode status = Json.MAPPER.readTree("""
                {"status": "done", "received": 1024, "accepted": 1024, "parsed": 1024, "enriched": 1024,
                 "indexed": 1024, "ratePerSecond": 0, "etaSeconds": null, "percent": 100}""");

        assertThat(ProgressLine.of(status, 1, 1)).contains("parsed 1,024", "enriched 1,024", "indexed 1,024");
    }

    private static JsonNode status(String status, long received, double rate, long eta) throws IOException {
        return Json.MAPPER.readTree("""
                {"status": "%s", "received": %d, "accepted": %d, "ratePerSecond": %s, "etaSeconds": %s, "percent": 0}"""
                .formatted(status, received, received, rate, eta < 0 ? "null" : Long.toString(eta)));
    }
}
