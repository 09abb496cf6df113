package io.cablestream.parser.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cablestream.parser.CableRejectedException;
import org.junit.jupiter.api.Test;

/** Taking one cable out of each container format. */
class FormatDecodingTest {

    @Test
    void separatesTheRoutingHeaderOfABareTelegramAtItsFirstBlankLine() {
        CableDocument document = TextFormat.decode("INFO LOG-00 EEB-00\nP 091551Z APR 09\nFM AMEMBASSY LONDON\n"
                + "TO SECSTATE WASHDC PRIORITY 1955\nAMEMBASSY KABUL PRIORITY\n\nC O N F I D E N T I A L LONDON 000860\ntext");

        assertThat(document.routingHeader()).startsWith("INFO LOG-00").endsWith("AMEMBASSY KABUL PRIORITY");
        assertThat(document.body()).isEqualTo("\nC O N F I D E N T I A L LONDON 000860\ntext");
        assertThat(document.metadata()).isNull();
    }

    @Test
    void endsTheRoutingHeaderWhereTheTextStartsEvenWithoutABlankLine() {
        CableDocument document = TextFormat.decode("FM AMEMBASSY KABUL\nTO SECSTATE WASHDC\nS E C R E T KABUL 001234\nTAGS: X");

        assertThat(document.routingHeader()).isEqualTo("FM AMEMBASSY KABUL\nTO SECSTATE WASHDC");
        assertThat(document.body()).startsWith("S E C R E T KABUL 001234");
    }

    @Test
    void treatsTextWithoutRoutingHeaderAsBodyOnly() {
        CableDocument document = TextFormat.decode("This record is a partial extract.\n\n201247Z Jan 04\nC o n f i d e n t i a l");

        assertThat(document.routingHeader()).isEmpty();
        assertThat(document.body()).startsWith("This record is a partial extract.");
    }

    @Test
    void readsTheSeedHeaderBlockTitleAndOneLineRoutingHeader() {
        CableDocument document = SeedFormat.decode("Identifier\nCreated\nClassification\nOrigin\n09X1\n2009-01-01 10:00:00\n"
                + "SECRET\nEmbassy X\nCable title:\nA TITLE\nVZCZC FM AMEMBASSY X\nS E C R E T X 000001\nbody");

        assertThat(document.metadata().referenceId()).isEqualTo("09X1");
        assertThat(document.metadata().origin()).isEqualTo("Embassy X");
        assertThat(document.title()).isEqualTo("A TITLE");
        assertThat(document.routingHeader()).isEqualTo("VZCZC FM AMEMBASSY X");
        assertThat(document.body()).isEqualTo("S E C R E T X 000001\nbody");
    }

    @Test
    void rejectsASeedExportWhoseHeaderBlockLacksValues() {
        assertThatThrownBy(() -> SeedFormat.decode("Identifier\nCreated\nClassification\nOrigin\n09X1"))
                .isInstanceOf(CableRejectedException.class).hasMessageContaining("4 labels but fewer values");
        assertThatThrownBy(() -> SeedFormat.decode("Created\n2009-01-01"))
                .isInstanceOf(CableRejectedException.class).hasMessageContaining("'Identifier'");
    }

    @Test
    void takesASinglePreBlockAsTheBody() {
        CableDocument document = HtmlFormat.decode("<pre>UNCLAS STATE 000001&#x000A;text</pre>");

        assertThat(document.routingHeader()).isEmpty();
        assertThat(document.body()).isEqualTo("UNCLAS STATE 000001\ntext");
        assertThat(document.metadata()).isNull();
    }

    @Test
    void rejectsTwoCsvRecordsGivenAsOneCable() {
        String record = "\"1\",\"1/2/2008 10:00\",\"08OSLO1\",\"Embassy Oslo\",\"SECRET\",\"\",\"h\",\"b\"\n";

        assertThatThrownBy(() -> CsvFormat.decode(record + record))
                .isInstanceOf(CableRejectedException.class).hasMessageContaining("more than one CSV record");
        assertThat(CsvFormat.decode(record).body()).isEqualTo("b");
    }
}
