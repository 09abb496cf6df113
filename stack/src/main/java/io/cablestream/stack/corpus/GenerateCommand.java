package io.cablestream.stack.corpus;

import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code ./cablestream generate [--count N] [--format text|html|csv] [--seed S] --out PATH}: writes a
 * synthetic corpus (default: Cablegate's 251,287 cables as a {@code cables.csv}).
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static void main(String[] args) throws Exception {
        long count = CorpusGenerator.CABLEGATE_SIZE;
        long seed = 42;
        var format = CorpusWriter.Format.CSV;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            try {
                switch (args[i]) {
                    case "--count" -> count = Long.parseLong(require(value, "--count"));
                    case "--seed" -> seed = Long.parseLong(require(value, "--seed"));
                    case "--format" -> format = CorpusWriter.Format.valueOf(require(value, "--format")
                            .toUpperCase(Locale.ROOT));
                    case "--out" -> out = Path.of(require(value, "--out"));
                    default -> usage("unknown argument '" + args[i] + "'");
                }
            } catch (IllegalArgumentException e) {
                usage("'" + value + "' is not a valid value for " + args[i]);
            }
            i++;
        }
        if (out == null) {
            usage("--out is required");
        }
        long started = System.nanoTime();
        long bytes = CorpusWriter.write(new CorpusGenerator(seed).stream().limit(count), format, out);
        System.err.printf("wrote %,d cables (%,.1f MB, %s) to %s in %.1f s%n", count, bytes / 1e6,
                format.name().toLowerCase(Locale.ROOT), out, (System.nanoTime() - started) / 1e9);
    }

    private static String require(String value, String option) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println("cablestream generate: " + problem + "\nusage: ./cablestream generate [--count N] "
                + "[--format text|html|csv] [--seed S] --out PATH   (csv: PATH is a file; text/html: a folder)");
        System.exit(2);
    }
}
