package io.cablestream.parser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.json.Json;
import io.cablestream.parser.CableParser;
import io.cablestream.parser.Fixtures;
import io.cablestream.testsupport.FetchTrap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input: entity definitions (billion laughs, external entities) are never expanded or fetched, and
 * files in unexpected encodings become cables or precise rejections.
 */
class HostileInputTest {

    private static final String LAUGHS = """
            <!DOCTYPE html [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY xxe SYSTEM "%s">
              <!ENTITY local SYSTEM "file:///etc/passwd">
            ]>""";

    @TempDir
    Path folder;

    private final CableParser parser = new CableParser();

    @Test
    void expandsNoEntityDefinitionAndFetchesNoExternalEntity() throws IOException {
        try (FetchTrap trap = FetchTrap.start()) {
            String page = Fixtures.text("08OSLO321.html");
            String doctype = page.substring(page.indexOf("<!DOCTYPE"), page.indexOf('>', page.indexOf("<!DOCTYPE")) + 1);
            String hostile = page.replace(doctype, LAUGHS.formatted(trap.url("/secret")))
                    .replace("SIPDIS", "SIPDIS &lol9; &xxe; &local;");

            for (String format : List.of("html", "auto")) {
                ParsedCable cable = parser.parse(Fixtures.raw(hostile, format));

                assertThat(cable.referenceId()).isEqualTo("08OSLO321");
                assertThat(cable.body()).doesNotContain("lollol", FetchTrap.SECRET, "root:").contains("&lol9;");
                assertThat(cable.body().length()).isLessThan(hostile.length());
            }
            assertThat(trap.fetches()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-8"})
    void readsAFileThatStartsWithAByteOrderMarkInItsEncoding(String encoding) throws IOException {
        Charset charset = Charset.forName(encoding);
        byte[] mark = encoding.equals("UTF-8") ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : "\uFEFF".getBytes(charset);
        Path file = write("marked.txt", concat(mark, Fixtures.text("two-telegrams.txt").getBytes(charset)));

        Run run = cli(file);

        assertThat(run.exit()).isZero();
        assertThat(run.cables()).extracting(ParsedCable::referenceId).containsExactly("08KABUL1234", "08STATE15678");
    }

    @Test
    void namesUtf16WithoutAByteOrderMark() throws IOException {
        Path file = write("unmarked.txt", Fixtures.text("two-telegrams.txt").getBytes(StandardCharsets.UTF_16LE));

        Run run = cli(file);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.cables()).isEmpty();
        assertThat(run.err()).contains("looks like UTF-16", "iconv -f UTF-16 -t UTF-8");
    }

    @Test
    void keepsACableWithInvalidUtf8BytesReplacingThem() throws IOException {
        byte[] text = Fixtures.text("two-telegrams.txt").replace("road money", "road \u0001money")
                .getBytes(StandardCharsets.UTF_8);
        int at = indexOf(text, (byte) 1);
        text[at] = (byte) 0xC3;
        byte[] broken = concat(Arrays.copyOf(text, at + 1), new byte[] {(byte) 0x28, (byte) 0xFF},
                Arrays.copyOfRange(text, at + 1, text.length));

        Run run = cli(write("broken.txt", broken));

        assertThat(run.exit()).isZero();
        assertThat(run.cables()).hasSize(2);
        assertThat(run.cables().getFirst().body()).contains("road \uFFFD(\uFFFDmoney");
    }

    @Test
    void rejectsNulBytesAsBinaryWithTheReason() throws IOException {
        byte[] text = Fixtures.text("two-telegrams.txt").replace("road money", "road \u0000\u0000 money")
                .getBytes(StandardCharsets.UTF_8);

        Run run = cli(write("nul.txt", text));

        assertThat(run.err()).contains("NUL characters");
        assertThat(run.cables()).extracting(ParsedCable::referenceId).doesNotContain("08KABUL1234");
    }

    private record Run(int exit, List<ParsedCable> cables, String err) {
    }

    private Run cli(Path file) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = new ParseCommand(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {file.toString()});
        List<ParsedCable> cables = out.toString(StandardCharsets.UTF_8).lines()
                .map(line -> Json.decode(line.getBytes(StandardCharsets.UTF_8), ParsedCable.class)).toList();
        return new Run(exit, cables, err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
