package io.cablestream.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real cable corpus named by {@code $CABLES_CORPUS}, for the tests that read it: a test asking for it is
 * skipped, with a message saying why, when the variable is unset or the corpus lacks what it asks for.
 */
public final class TestCorpus {

    private TestCorpus() {
    }

    /** The corpus folder, or a skipped test. */
    public static Path folder() {
        String corpus = System.getenv("CABLES_CORPUS");
        Assumptions.assumeTrue(corpus != null && !corpus.isBlank(),
                "CABLES_CORPUS is not set: skipping tests over the real cable corpus");
        Path path = Path.of(corpus);
        Assumptions.assumeTrue(Files.isDirectory(path), "CABLES_CORPUS=" + corpus + " is not a folder: skipping");
        return path;
    }

    /** Every WikiLeaks page of the corpus ({@code wikileaks-html/*.html}) in file name order, or a skipped test. */
    public static List<Path> wikileaksPages() {
        Path pages = folder().resolve("wikileaks-html");
        Assumptions.assumeTrue(Files.isDirectory(pages), pages + " is missing: skipping");
        try (Stream<Path> files = Files.list(pages)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pages, e);
        }
    }
}
