package io.cablestream.parser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.json.Json;
import io.cablestream.parser.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        ParseCommand command = new ParseCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(args);
    }

    private List<ParsedCable> printedCables() {
        return out.toString(StandardCharsets.UTF_8).lines()
                .map(line -> Json.decode(line.getBytes(StandardCharsets.UTF_8), ParsedCable.class)).toList();
    }

    private Path fixture(String name) throws IOException {
        return Files.writeString(folder.resolve(name), Fixtures.text(name));
    }

    @Test
    void printsOneJsonObjectPerCableWithItsSourceAndExitsZero() throws IOException {
        Path file = fixture("two-telegrams.txt");

        int exit = run("", file.toString());

        assertThat(exit).isZero();
        assertThat(printedCables()).extracting(ParsedCable::referenceId).containsExactly("08KABUL1234", "08STATE15678");
        assertThat(printedCables()).extracting(cable -> cable.source().position()).containsExactly("line 1", "line 45");
        assertThat(printedCables().get(0).source().name()).isEqualTo(file.toString());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("2 parsed, 0 rejected");
    }

    @Test
    void reportsRejectedEntriesOnStandardErrorAndExitsOne() throws IOException {
        Path file = fixture("cables.csv");

        int exit = run("", "--format", "csv", file.toString());

        assertThat(exit).isEqualTo(ParseCommand.REJECTED);
        assertThat(printedCables()).extracting(ParsedCable::referenceId).containsExactly("08OSLO321", "08OSLO330");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(file + ": line 20: CSV record has 7 columns, expected 8")
                .contains("2 parsed, 1 rejected");
    }

    @Test
    void readsStandardInputForADash() {
        int exit = run(Fixtures.text("08OSLO321.html"), "--format=html", "-");

        assertThat(exit).isZero();
        assertThat(printedCables()).singleElement().satisfies(cable -> {
            assertThat(cable.referenceId()).isEqualTo("08OSLO321");
            assertThat(cable.source().name()).isEqualTo("stdin");
        });
    }

    @Test
    void countsAnUnreadableFileAsRejected() {
        int exit = run("", folder.resolve("missing.txt").toString());

        assertThat(exit).isEqualTo(ParseCommand.REJECTED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt: cannot read the file");
    }

    @Test
    void exitsTwoOnUsageErrors() {
        assertThat(run("")).isEqualTo(ParseCommand.USAGE);
        assertThat(run("", "--format", "pdf", "x.txt")).isEqualTo(ParseCommand.USAGE);
        assertThat(run("", "--verbose", "x.txt")).isEqualTo(ParseCommand.USAGE);
        assertThat(run("", "--format")).isEqualTo(ParseCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(ParseCommand.USAGE_TEXT);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void printsUsageForHelp() {
        assertThat(run("", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(ParseCommand.USAGE_TEXT);
    }
}
