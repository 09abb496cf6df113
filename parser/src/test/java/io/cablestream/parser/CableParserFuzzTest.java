package io.cablestream.parser;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.RawCable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Jazzer fuzz target: any bytes, read as a file in every format and parsed whole and entry by entry,
 * give cables or typed rejections, never another exception. The normal test run replays the seed
 * inputs in {@code CableParserFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes (see docs/parser.md).
 */
class CableParserFuzzTest {

    private final CableParser parser = new CableParser();

    @FuzzTest(maxDuration = "10m")
    void answersAnyInputWithACableOrARejection(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        for (InputFormat format : InputFormat.values()) {
            ParseOutcomes.assertCableOrRejection(parser, raw(text, format, null));
            CableReader.read(text, format, "fuzz").forEach(entry -> {
                if (entry instanceof CableInput cable) {
                    ParseOutcomes.assertCableOrRejection(parser, raw(cable.text(), cable.format(), cable));
                }
            });
        }
    }

    private static RawCable raw(String text, InputFormat format, CableInput entry) {
        return new RawCable(null, "fuzz", CableParser.contentHash(text), format.id(),
                entry == null ? new CableSource("fuzz", null) : entry.source(),
                entry == null ? null : entry.metadata(), Instant.EPOCH, text);
    }
}
