package io.cablestream.parser.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines that consist of caveats, and lines that only start like one. */
class CaveatsTest {

    @Test
    void readsALineOfCaveatsInAnyCaseAndWithAnySeparators() {
        assertThat(Caveats.ofLine("  NOFORN,  not for\tinternet DISTRIBUTION; sipdis "))
                .contains(List.of("NOFORN", "NOT FOR INTERNET DISTRIBUTION", "SIPDIS"));
        assertThat(Caveats.ofLine("Sensitive but unclassified")).contains(List.of("SENSITIVE"));
    }

    @Test
    void rejectsALineThatHoldsAnythingBesidesCaveats() {
        assertThat(Caveats.ofLine("For the record, NOFORN")).isEmpty();
        assertThat(Caveats.ofLine("NOFORNX")).isEmpty();
        assertThat(Caveats.ofLine("SIPDIS and more")).isEmpty();
    }
}
