package io.cablestream.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.CableSource;
import io.cablestream.ingest.SyntheticCables;
import io.cablestream.parser.CableInput;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvStreamTest {

    /** Collects what a reader hands over. */
    static final class Collected implements EntrySink {
        final List<CableInput> cables = new ArrayList<>();
        final List<String> rejections = new ArrayList<>();
        long count;

        @Override
        public void cable(CableInput input) {
            count++;
            if (cables.size() < 10) {
                cables.add(input);
            }
        }

        @Override
        public void rejection(CableSource where, String reason) {
            rejections.add(where.position() + ": " + reason);
        }
    }

    @Test
    void skipsTheHeaderRowAndKeepsEachRecordsTextAndFirstLine() throws IOException {
        String one = SyntheticCables.csvRecord(1, 501, "Says \"hello, world\".");
        String two = SyntheticCables.csvRecord(2, 502, "Two.");
        String csv = SyntheticCables.csvHeader() + "\r\n\n" + one + "\r\n" + two + "\n";

        Collected collected = read(csv, 1000);

        assertThat(collected.rejections).isEmpty();
        assertThat(collected.cables).extracting(CableInput::text).containsExactly(one, two);
        assertThat(collected.cables).extracting(c -> c.source().position())
                .containsExactly("line 3", "line " + (3 + one.lines().count()));
        assertThat(collected.cables.getFirst().metadata().referenceId()).isEqualTo("09VALLETTA501");
    }

    @Test
    void rejectsAMalformedRecordWithItsLineAndReadsTheRest() throws IOException {
        String good = SyntheticCables.csvRecord(1, 601, "Good.");
        String csv = good + "\n" + "\"2\",\"3/15/2009 10:00\",\"09VALLETTA602\",\"three\"\n" + SyntheticCables.csvRecord(3, 603, "Also good.");

        Collected collected = read(csv, 1000);

        long badLine = good.lines().count() + 1;
        assertThat(collected.count).isEqualTo(2);
        assertThat(collected.rejections).singleElement().asString()
                .startsWith("line " + badLine + ": ").contains("4 columns, expected 8");
    }

    @Test
    void rejectsARecordLongerThanTheLimitWithoutHoldingItAndReadsTheRest() throws IOException {
        String csv = SyntheticCables.csvRecord(1, 701, "x".repeat(5_000)) + "\n" + SyntheticCables.csvRecord(2, 702, "Short.");

        Collected collected = read(csv, 2_000);

        assertThat(collected.rejections).singleElement().asString()
                .startsWith("line 1: ").contains("longer than 2000 characters");
        assertThat(collected.cables).extracting(c -> c.metadata().referenceId()).containsExactly("09VALLETTA702");
    }

    @Test
    void saysWhereAQuoteThatIsNeverClosedBegins() throws IOException {
        String good = SyntheticCables.csvRecord(1, 801, "Good.");
        String csv = good + "\n\"2\",\"3/15/2009\",\"09VALLETTA802\",\"open quote...\nand the file ends";

        Collected collected = read(csv, 100_000);

        assertThat(collected.count).isEqualTo(1);
        assertThat(collected.rejections).singleElement().asString()
                .startsWith("line " + (good.lines().count() + 1) + ": ").contains("never closed");
    }

    @Test
    void streamsAnyNumberOfRecordsThroughABoundedBuffer() throws IOException {
        int records = 50_000;
        String record = SyntheticCables.csvRecord(1, 901, "Repeated.");
        Reader endless = new Reader() {
            private int emitted;
            private String current = "";
            private int position;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (position == current.length()) {
                    if (emitted == records) {
                        return -1;
                    }
                    current = record + "\n";
                    position = 0;
                    emitted++;
                }
                int n = Math.min(length, current.length() - position);
                current.getChars(position, position + n, buffer, offset);
                position += n;
                return n;
            }

            @Override
            public void close() {
            }
        };

        Collected collected = new Collected();
        CsvStream.read(endless, "big.csv", 4_096, collected);

        assertThat(collected.count).isEqualTo(records);
        assertThat(collected.rejections).isEmpty();
    }

    private static Collected read(String csv, int maxRecordChars) throws IOException {
        Collected collected = new Collected();
        CsvStream.read(new StringReader(csv), "cables.csv", maxRecordChars, collected);
        return collected;
    }
}
