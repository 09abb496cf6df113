package io.cablestream.parser.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.SourceMetadata;
import io.cablestream.parser.text.Lines;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedHeaderTest {

    @Test
    void readsTheLabelledBlockAndSkipsIt() {
        List<String> lines = Lines.split("ID: 190648\nORIGIN: 09KUWAIT110\nDATE: 2009-02-05 16:36:00\n"
                + "SOURCE: Embassy Kuwait\nCLASSIFICATION: SECRET//NOFORN\nDESTINATION: VZCZC...\n\nS E C R E T KUWAIT 000110");

        EmbeddedHeader.Found found = EmbeddedHeader.find(lines).orElseThrow();

        assertThat(found.metadata()).isEqualTo(new SourceMetadata("09KUWAIT110", "2009-02-05 16:36:00",
                "SECRET//NOFORN", "Embassy Kuwait"));
        assertThat(lines.get(found.endLine())).isEmpty();
    }

    @Test
    void readsTheListedBlockUpToTheRealBanner() {
        List<String> lines = Lines.split(">\n12/16/2009 14:15\n09NAIROBI2497\nEmbassy Nairobi\nSECRET//NOFORN\n"
                + "VZCZCXRO7793\nTAGS: MARR\n\nS e c r e t section 01 of 02 nairobi 002497\ntext");

        EmbeddedHeader.Found found = EmbeddedHeader.find(lines).orElseThrow();

        assertThat(found.metadata().referenceId()).isEqualTo("09NAIROBI2497");
        assertThat(found.metadata().origin()).isEqualTo("Embassy Nairobi");
        assertThat(lines.get(found.endLine())).startsWith("S e c r e t section 01");
    }

    @Test
    void findsNothingInAnOrdinaryCable() {
        assertThat(EmbeddedHeader.find(Lines.split("C O N F I D E N T I A L MOSCOW 003804\nSIPDIS"))).isEmpty();
    }
}
