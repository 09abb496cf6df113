package io.cablestream.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.json.Json;
import io.cablestream.stack.corpus.CorpusGenerator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ImportPosterTest {

    @Test
    void eachCableIsOneJsonLineHoldingItsTelegram() throws Exception {
        var generator = new CorpusGenerator(7);
        var cables = Stream.generate(generator::next).limit(3).toList();

        String[] lines = ImportPoster.ndjson(cables).split("\n");

        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            var line = Json.MAPPER.readTree(lines[i]);
            assertThat(List.of(line.fieldNames().next())).containsExactly("text");
            assertThat(line.path("text").asText()).isEqualTo(cables.get(i).telegram()).contains("\n");
        }
    }
}
