package io.cablestream.enrich.corpus;

import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RawCable;
import io.cablestream.parser.CableInput;
import io.cablestream.parser.CableParser;
import io.cablestream.parser.CableReader;
import io.cablestream.parser.InputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real cables of {@code $CABLES_CORPUS}, read through the project's parser. Tests using it are skipped, with
 * a message, when the variable is unset or names no folder.
 */
public final class CorpusCables {

    private static final CableParser PARSER = new CableParser();

    private CorpusCables() {
    }

    /** The corpus folder, or a skipped test. */
    public static Path corpus() {
        String corpus = System.getenv("CABLES_CORPUS");
        Assumptions.assumeTrue(corpus != null && !corpus.isBlank(),
                "CABLES_CORPUS is not set: skipping tests over the real cable corpus");
        Path path = Path.of(corpus);
        Assumptions.assumeTrue(Files.isDirectory(path), "CABLES_CORPUS=" + corpus + " is not a folder: skipping");
        return path;
    }

    /** The WikiLeaks page of {@code referenceId}, parsed. */
    public static ParsedCable wikileaks(String referenceId) {
        return parse(corpus().resolve("wikileaks-html").resolve(referenceId + ".html"));
    }

    /** Every WikiLeaks page of the corpus, in file name order. */
    public static List<Path> wikileaksPages() {
        Path folder = corpus().resolve("wikileaks-html");
        Assumptions.assumeTrue(Files.isDirectory(folder), folder + " is missing: skipping");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed cable the project started from, parsed. */
    public static ParsedCable seed() {
        return parse(corpus().resolve("seed").resolve("07MOSCOW3804.txt"));
    }

    /** The first cable in {@code file}, parsed as the ingest and parse stages would. */
    public static ParsedCable parse(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            CableInput input = CableReader.read(text, InputFormat.AUTO, file.getFileName().toString())
                    .filter(CableInput.class::isInstance).map(CableInput.class::cast).findFirst()
                    .orElseThrow(() -> new AssertionError("the parser finds no cable in " + file));
            return PARSER.parse(new RawCable(null, "corpus", CableParser.contentHash(input.text()), input.format().id(),
                    input.source(), input.metadata(), Instant.now(), input.text()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
