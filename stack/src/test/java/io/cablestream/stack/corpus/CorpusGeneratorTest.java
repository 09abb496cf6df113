package io.cablestream.stack.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RawCable;
import io.cablestream.parser.CableInput;
import io.cablestream.parser.CableParser;
import io.cablestream.parser.CableReader;
import io.cablestream.parser.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CorpusGeneratorTest {

    private static final int COUNT = 200;

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        List<SyntheticCable> first = new CorpusGenerator(7).stream().limit(50).toList();
        assertThat(new CorpusGenerator(7).stream().limit(50).toList()).isEqualTo(first);
        assertThat(new CorpusGenerator(8).stream().limit(50).toList()).isNotEqualTo(first);
    }

    @Test
    void referenceIdsAreUniqueAndReferencesPointToEarlierCables() {
        List<SyntheticCable> cables = new CorpusGenerator(3).stream().limit(5000).toList();
        var ids = cables.stream().map(SyntheticCable::referenceId).toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (int i = 0; i < cables.size(); i++) {
            assertThat(ids.subList(0, i)).containsAll(cables.get(i).references());
        }
        assertThat(cables).filteredOn(c -> !c.references().isEmpty()).hasSizeBetween(1500, 2500);
    }

    @ParameterizedTest
    @EnumSource(CorpusWriter.Format.class)
    void theParserReadsBackWhatEachFormatWrites(CorpusWriter.Format format) throws IOException {
        List<SyntheticCable> cables = new CorpusGenerator(11).stream().limit(COUNT).toList();
        Path out = format == CorpusWriter.Format.CSV ? dir.resolve("cables.csv") : dir.resolve("cables");
        CorpusWriter.write(cables.stream(), format, out);

        List<ParsedCable> parsed = inputs(out, format).map(CorpusGeneratorTest::parse).toList();

        assertThat(parsed).hasSize(COUNT);
        for (int i = 0; i < COUNT; i++) {
            SyntheticCable expected = cables.get(i);
            ParsedCable actual = parsed.stream().filter(p -> p.referenceId().equals(expected.referenceId()))
                    .findFirst().orElseThrow(() -> new AssertionError("missing " + expected.referenceId()));
            assertThat(actual.classification().level()).isEqualTo(expected.classification().split("//")[0]);
            assertThat(actual.created()).startsWith(expected.created().toLocalDate().toString());
            assertThat(actual.tags()).hasSize(3);
            assertThat(actual.subject()).isNotBlank();
            assertThat(actual.references()).extracting(ParsedCable.Reference::referenceId)
                    .containsExactlyElementsOf(expected.references());
        }
    }

    private static Stream<CableInput> inputs(Path out, CorpusWriter.Format format) throws IOException {
        if (format == CorpusWriter.Format.CSV) {
            return CableReader.read(Files.readString(out), InputFormat.CSV, "cables.csv")
                    .map(entry -> (CableInput) entry);
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.toList().stream().flatMap(file -> {
                try {
                    return CableReader.read(Files.readString(file), InputFormat.AUTO, file.getFileName().toString())
                            .map(entry -> (CableInput) entry);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static ParsedCable parse(CableInput input) {
        var raw = new RawCable(null, "imp-test", CableParser.contentHash(input.text()), input.format().id(),
                input.source(), input.metadata(), Instant.now(), input.text());
        return Objects.requireNonNull(new CableParser().parse(raw));
    }
}
