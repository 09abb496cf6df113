package io.cablestream.query.rest.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.json.Json;
import io.cablestream.query.index.ExportedCable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonCableWriterTests {

    private static final String SCRIPT = "<script>alert('x')</script> & \"quoted\"\nnext line";

    @Test
    void writesMarkupInCableTextEscapedSoTheFileHoldsNoTagYetReadsBackVerbatim() throws IOException {
        byte[] json = Json.MAPPER.writeValueAsBytes(Json.MAPPER.createObjectNode().put("referenceId", "07MOSCOW1")
                .put("body", SCRIPT));
        var out = new ByteArrayOutputStream();
        var writer = new NdjsonCableWriter(out);

        writer.accept(cable(json));
        writer.accept(cable(json));
        writer.finish();

        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).doesNotContain("<", ">", "&").contains("\\u003cscript\\u003e");
        List<String> lines = written.lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode read = Json.MAPPER.readTree(lines.getFirst());
        assertThat(read.get("body").asText()).isEqualTo(SCRIPT);
    }

    private static ExportedCable cable(byte[] json) {
        return new ExportedCable("07MOSCOW1", null, null, List.of(), null, List.of(), List.of(), null, List.of(), SCRIPT,
                json);
    }
}
