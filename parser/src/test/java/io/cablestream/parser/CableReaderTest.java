package io.cablestream.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.CableSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class CableReaderTest {

    @Test
    void splitsSeveralTelegramsInOneTextFileAtTheirTransmissionIds() {
        List<ReadEntry> entries = CableReader.read(Fixtures.text("two-telegrams.txt"), InputFormat.AUTO, "t.txt").toList();

        assertThat(entries).hasSize(2).allMatch(CableInput.class::isInstance);
        assertThat(entries).extracting(entry -> ((CableInput) entry).source())
                .containsExactly(new CableSource("t.txt", "line 1"), new CableSource("t.txt", "line 45"));
        assertThat(((CableInput) entries.get(1)).text()).startsWith("VZCZCXYZ0003").contains("LEAP DAY");
    }

    @Test
    void endsATelegramAtItsEndOfMessageLine() {
        String text = "UNCLAS STATE 000001\nTAGS: AMGT\nSUBJECT: ONE\nNNNN\nUNCLAS STATE 000002\nTAGS: AMGT\nSUBJECT: TWO\n";

        List<ReadEntry> entries = CableReader.read(text, InputFormat.TEXT, "m.txt").toList();

        assertThat(entries).extracting(entry -> ((CableInput) entry).source().position()).containsExactly("line 1", "line 5");
        assertThat(((CableInput) entries.get(0)).text()).endsWith("NNNN");
    }

    @Test
    void keepsAHeaderRepeatedInsideTheTextInTheSameTelegram() {
        String text = """
                VZCZCXRO1
                FM AMEMBASSY NAIROBI
                TO SECSTATE WASHDC
                >
                VZCZCXRO1
                FM AMEMBASSY NAIROBI
                S E C R E T NAIROBI 002497
                TAGS: PREL
                SUBJECT: ONE CABLE
                """;
        assertThat(CableReader.read(text, InputFormat.TEXT, "n.txt")).hasSize(1);
    }

    @Test
    void rejectsAMalformedCsvRecordWithItsLineAndKeepsTheOthers() {
        List<ReadEntry> entries = CableReader.read(Fixtures.text("cables.csv"), InputFormat.CSV, "cables.csv").toList();

        assertThat(entries).hasSize(3);
        assertThat(entries.get(0)).isInstanceOf(CableInput.class);
        assertThat(entries.get(1)).isInstanceOfSatisfying(Rejection.class, rejection -> {
            assertThat(rejection.where()).isEqualTo(new CableSource("cables.csv", "line 20"));
            assertThat(rejection.reason()).contains("7 columns, expected 8");
        });
        assertThat(entries.get(2)).isInstanceOfSatisfying(CableInput.class, input -> {
            assertThat(input.metadata().referenceId()).isEqualTo("08OSLO330");
            assertThat(input.source().position()).isEqualTo("line 21");
        });
    }

    @Test
    void givesCsvMetadataFromTheColumnsAndTheRecordAsText() {
        CableInput first = (CableInput) CableReader.read(Fixtures.text("cables.csv"), InputFormat.AUTO, "c.csv")
                .findFirst().orElseThrow();

        assertThat(first.format()).isEqualTo(InputFormat.CSV);
        assertThat(first.metadata()).satisfies(metadata -> {
            assertThat(metadata.referenceId()).isEqualTo("08OSLO321");
            assertThat(metadata.created()).isEqualTo("5/21/2008 7:45");
            assertThat(metadata.classification()).isEqualTo("CONFIDENTIAL");
            assertThat(metadata.origin()).isEqualTo("Embassy Oslo");
        });
        assertThat(first.text()).startsWith("\"1\",").endsWith("TANAKA\"");
    }

    @Test
    void rejectsAnUnclosedCsvQuoteWithoutLosingTheRecordsBeforeIt() {
        String csv = "\"1\",\"1/2/2008 10:00\",\"08OSLO1\",\"Embassy Oslo\",\"SECRET\",\"\",\"h\",\"b\"\n"
                + "\"2\",\"1/3/2008 10:00\",\"08OSLO2\",\"Embassy Oslo\",\"SECRET\",\"\",\"h\",\"never closed\n";

        List<ReadEntry> entries = CableReader.read(csv, InputFormat.CSV, "broken.csv").toList();

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).isInstanceOf(CableInput.class);
        assertThat(entries.get(1)).isInstanceOfSatisfying(Rejection.class, rejection ->
                assertThat(rejection.reason()).contains("never closed"));
    }

    @Test
    void readsTheMetadataTableOfAnHtmlPage() {
        CableInput page = (CableInput) CableReader.read(Fixtures.text("08OSLO321.html"), InputFormat.AUTO, "p.html")
                .findFirst().orElseThrow();

        assertThat(page.format()).isEqualTo(InputFormat.HTML);
        assertThat(page.metadata().referenceId()).isEqualTo("08OSLO321");
        assertThat(page.metadata().created()).isEqualTo("2008-05-21 07:45");
    }

    @Test
    void rejectsAnHtmlPageWithoutPreBlocks() {
        List<ReadEntry> entries = CableReader.read("<html><body>nothing</body></html>", InputFormat.HTML, "e.html")
                .toList();

        assertThat(entries).singleElement().isInstanceOfSatisfying(Rejection.class, rejection ->
                assertThat(rejection.reason()).contains("no <pre> block"));
    }

    @Test
    void splitsConcatenatedSeedExports() {
        String seed = Fixtures.text("09LISBON555.seed.txt");
        List<ReadEntry> entries = CableReader.read(seed + "\n" + seed.replace("09LISBON555", "09LISBON556"),
                InputFormat.AUTO, "s.txt").toList();

        assertThat(entries).hasSize(2).allMatch(CableInput.class::isInstance);
        assertThat(entries).extracting(entry -> ((CableInput) entry).metadata().referenceId())
                .containsExactly("09LISBON555", "09LISBON556");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(CableReader.read("  \n", InputFormat.AUTO, "empty.txt")).singleElement()
                .isInstanceOfSatisfying(Rejection.class, rejection ->
                        assertThat(rejection.where()).isEqualTo(new CableSource("empty.txt", "line 1")));
    }
}
