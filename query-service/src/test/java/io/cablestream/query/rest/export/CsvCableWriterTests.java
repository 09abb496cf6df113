package io.cablestream.query.rest.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.query.index.ExportedCable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCableWriterTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://x\")  | `\"'=HYPERLINK(\"\"http://x\"\")\"`",
        "+1 555                    | '+1 555",
        "-2+3                      | '-2+3",
        "@SUM(A1)                  | '@SUM(A1)",
        "`\t=1+1`                   | '\t=1+1",
        "`\r=1+1`                   | `\"'\r=1+1\"`",
        "plain text                | plain text",
        "a, b                      | `\"a, b\"`",
        "2007-08-02T14:37:00Z      | 2007-08-02T14:37:00Z",
    })
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefusedAndSeparatorsQuoted(String value, String expected) {
        assertThat(CsvCableWriter.cell(value)).isEqualTo(expected);
    }

    @Test
    void writesAHeaderAndOneRowPerCableWithLineBreaksInsideQuotes() throws IOException {
        var out = new ByteArrayOutputStream();
        var writer = new CsvCableWriter(out);

        writer.accept(new ExportedCable("07MOSCOW1", Instant.parse("2007-08-02T14:37:00Z"), "SECRET", List.of("NOFORN"),
                "Embassy Moscow", List.of("PREL", "RS"), List.of("Russia"), "=cmd", List.of("06MOSCOW9"),
                "line one\nline two", new byte[0]));
        writer.finish();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "id,created,classification,caveats,origin,tags,countries,subject,references,body\r\n"
                        + "07MOSCOW1,2007-08-02T14:37:00Z,SECRET,NOFORN,Embassy Moscow,PREL RS,Russia,'=cmd,06MOSCOW9,"
                        + "\"line one\nline two\"\r\n");
    }

    @Test
    void writesScriptInCableTextVerbatimInsideAProperlyQuotedCell() throws IOException {
        String body = "<script>alert(\"x\")</script>, then\n=HYPERLINK(\"http://x\")";
        var out = new ByteArrayOutputStream();
        var writer = new CsvCableWriter(out);

        writer.accept(new ExportedCable("07MOSCOW2", null, null, List.of(), null, List.of(), List.of(),
                "<b>subject</b>", List.of(), body, new byte[0]));
        writer.finish();

        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written.substring(written.indexOf("\r\n") + 2)).isEqualTo("07MOSCOW2,,,,,,,<b>subject</b>,,"
                + "\"<script>alert(\"\"x\"\")</script>, then\n=HYPERLINK(\"\"http://x\"\")\"\r\n");
    }

    @Test
    void emptyExportStillHasTheHeader() throws IOException {
        var out = new ByteArrayOutputStream();

        new CsvCableWriter(out).finish();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("id,created,").endsWith("\r\n");
    }
}
