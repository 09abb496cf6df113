package io.cablestream.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RawCable;

/** The one promise the parser makes for any input, as an assertion: a usable cable or a typed rejection. */
final class ParseOutcomes {

    private ParseOutcomes() {
    }

    /** Fails unless {@code raw} parses into a cable with an ID and a body, or is rejected for a reason of the input's. */
    static void assertCableOrRejection(CableParser parser, RawCable raw) {
        try {
            ParsedCable cable = parser.parse(raw);
            assertThat(cable.referenceId()).isNotBlank();
            assertThat(cable.body()).isNotNull();
        } catch (CableRejectedException e) {
            if (e.isParserFault()) {
                throw new AssertionError("the parser failed instead of parsing or rejecting the input", e.getCause());
            }
            assertThat(e.reason()).isNotBlank();
        }
    }
}
