package io.cablestream.stack.bench;

import io.cablestream.stack.StackException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code ./cablestream bench [--cables N] [--out DIR]} measures the pipeline against its limits
 * ({@link PipelineBenchmark}); {@code ./cablestream bench --soak 10m --rate R [--ingest imports|posts]
 * [--out DIR]} runs the sustained-ingest soak ({@link SoakBenchmark}). Both start a stack of their own on
 * free ports.
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static void main(String[] args) throws Exception {
        var home = Path.of(System.getProperty("cablestream.home", ".")).toAbsolutePath().normalize();
        long cables = 20_000;
        Path out = home.resolve("docs/bench");
        Duration soak = null;
        int rate = 100;
        String ingest = "imports";
        int freshnessSeconds = 30;
        int querySeconds = 20;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            try {
                switch (args[i]) {
                    case "--cables" -> cables = Long.parseLong(require(value, "--cables"));
                    case "--out" -> out = Path.of(require(value, "--out")).toAbsolutePath();
                    case "--soak" -> soak = duration(require(value, "--soak"));
                    case "--rate" -> rate = Integer.parseInt(require(value, "--rate"));
                    case "--ingest" -> ingest = require(value, "--ingest");
                    case "--freshness-seconds" -> freshnessSeconds = Integer.parseInt(require(value, args[i]));
                    case "--query-seconds" -> querySeconds = Integer.parseInt(require(value, args[i]));
                    default -> usage("unknown argument '" + args[i] + "'");
                }
            } catch (IllegalArgumentException e) {
                usage("'" + value + "' is not a valid value for " + args[i]);
            }
            i++;
        }
        if (cables < 1 || rate < 1 || freshnessSeconds < 1 || querySeconds < 1) {
            usage("--cables, --rate, --freshness-seconds and --query-seconds must be positive");
        }
        if (!ingest.equals("imports") && !ingest.equals("posts")) {
            usage("--ingest is '" + ingest + "'; use 'imports' (a second's cables per NDJSON import) or 'posts'"
                    + " (one POST /cables per cable)");
        }
        Path work = home.resolve("data/bench");
        try {
            if (soak != null) {
                new SoakBenchmark(soak, rate, ingest.equals("imports")).run(home, work, out);
            } else {
                new PipelineBenchmark(cables, 100, Duration.ofSeconds(freshnessSeconds), Duration.ofSeconds(querySeconds),
                        8).run(home, work, out);
            }
        } catch (StackException e) {
            System.err.println("cablestream bench: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    /** {@code 90s}, {@code 10m}, {@code 1h}, or seconds. */
    static Duration duration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        char unit = value.charAt(value.length() - 1);
        if (Character.isDigit(unit)) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (unit) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static String require(String value, String option) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println("cablestream bench: " + problem + "\nusage: ./cablestream bench [--cables N] [--out DIR] "
                + "[--freshness-seconds S] [--query-seconds S]\n       ./cablestream bench --soak 10m --rate R "
                + "[--ingest imports|posts] [--out DIR]   (DIR defaults to docs/bench)");
        System.exit(2);
    }
}
