package io.cablestream.enrich.corpus;

import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RawCable;
import io.cablestream.parser.CableInput;
import io.cablestream.parser.CableParser;
import io.cablestream.parser.CableReader;
import io.cablestream.parser.InputFormat;
import io.cablestream.testsupport.TestCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The real cables of {@code $CABLES_CORPUS}, read through the project's parser. Tests using it are skipped, with
 * a message, when the variable is unset or names no folder.
 */
public final class CorpusCables {

    private static final CableParser PARSER = new CableParser();

    private CorpusCables() {
    }

    /** The WikiLeaks page of {@code referenceId}, parsed. */
    public static ParsedCable wikileaks(String referenceId) {
        return parse(TestCorpus.folder().resolve("wikileaks-html").resolve(referenceId + ".html"));
    }

    /** The seed cable the project started from, parsed. */
    public static ParsedCable seed() {
        return parse(TestCorpus.folder().resolve("seed").resolve("07MOSCOW3804.txt"));
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
