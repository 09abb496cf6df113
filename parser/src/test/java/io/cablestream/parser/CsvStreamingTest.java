package io.cablestream.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CableReader#readCsv}: a cables.csv file streamed record by record, with bounded memory. */
class CsvStreamingTest {

    private static final String HEADER = "id,date,referenceId,origin,classification,references,header,body";

    private static String record(int row, int serial, String body) {
        return "\"" + row + "\",\"3/14/2009 14:15\",\"09VALLETTA" + serial + "\",\"Embassy Valletta\",\"UNCLASSIFIED\",\"\","
                + "\"VZCZCXYZ0001\nO 141415Z MAR 09\nFM AMEMBASSY VALLETTA\nTO SECSTATE WASHDC\",\""
                + "UNCLAS VALLETTA 000" + serial + "\n\nTAGS: PREL MT\nSUBJECT: PORT VISIT\n\n1. "
                + body.replace("\"", "\"\"") + "\n\nSMITH\"";
    }

    private static List<ReadEntry> stream(String csv, int maxRecordChars) throws IOException {
        List<ReadEntry> entries = new ArrayList<>();
        CableReader.readCsv(new StringReader(csv), "cables.csv", maxRecordChars, entries::add);
        return entries;
    }

    private static List<String> positions(List<ReadEntry> entries) {
        return entries.stream().map(e -> e instanceof Rejection r ? "rejected " + r.where().position()
                : ((CableInput) e).source().position()).toList();
    }

    @Test
    void givesTheSameEntriesAsReadingTheWholeText() throws IOException {
        String one = record(1, 501, "Says \"hello, world\".");
        String two = record(2, 502, "Two.");
        String csv = HEADER + "\r\n\n" + one + "\r\n" + "\"3\",\"bad\"\n" + two + "\n";

        List<ReadEntry> streamed = stream(csv, 100_000);

        assertThat(streamed).isEqualTo(CableReader.read(csv, InputFormat.CSV, "cables.csv").toList());
        long bad = 3 + one.lines().count();
        assertThat(positions(streamed)).containsExactly("line 3", "rejected line " + bad, "line " + (bad + 1));
        assertThat(((CableInput) streamed.getFirst()).text()).isEqualTo(one);
        assertThat(((CableInput) streamed.getFirst()).metadata().referenceId()).isEqualTo("09VALLETTA501");
    }

    @Test
    void rejectsARecordLongerThanTheLimitWithoutHoldingItAndReadsTheRest() throws IOException {
        String csv = record(1, 701, "x".repeat(5_000)) + "\n" + record(2, 702, "Short.");

        List<ReadEntry> entries = stream(csv, 2_000);

        assertThat(entries.getFirst()).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.where().position()).isEqualTo("line 1");
            assertThat(r.reason()).contains("longer than 2000 characters");
        });
        assertThat(entries.get(1)).isInstanceOfSatisfying(CableInput.class,
                c -> assertThat(c.metadata().referenceId()).isEqualTo("09VALLETTA702"));
    }

    @Test
    void saysWhereAQuoteThatIsNeverClosedBegins() throws IOException {
        String good = record(1, 801, "Good.");
        String csv = good + "\n\"2\",\"3/15/2009\",\"09VALLETTA802\",\"open quote...\nand the file ends";

        List<ReadEntry> entries = stream(csv, 100_000);

        assertThat(positions(entries)).containsExactly("line 1", "rejected line " + (good.lines().count() + 1));
        assertThat(((Rejection) entries.get(1)).reason()).contains("never closed");
    }

    @Test
    void streamsAnyNumberOfRecordsThroughABoundedBuffer() throws IOException {
        int records = 50_000;
        String record = record(1, 901, "Repeated.") + "\n";
        Reader endless = new Reader() {
            private long emitted;

            @Override
            public int read(char[] buffer, int offset, int length) {
                long total = (long) records * record.length();
                if (emitted == total) {
                    return -1;
                }
                int at = (int) (emitted % record.length());
                int n = Math.min(length, record.length() - at);
                record.getChars(at, at + n, buffer, offset);
                emitted += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        long[] cables = new long[1];

        CableReader.readCsv(endless, "big.csv", 4_096, entry -> cables[0] += entry instanceof CableInput ? 1 : 1_000_000);

        assertThat(cables[0]).isEqualTo(records);
    }
}
