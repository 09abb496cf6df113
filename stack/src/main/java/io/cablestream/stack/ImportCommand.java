package io.cablestream.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.auth.Roles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code cablestream import [--url URL] [--format F] [--collection C] [--token T] [--no-wait] PATH...}:
 * sends files and folders (walked recursively, hidden files skipped) to a running ingest-service as
 * one import into collection {@code C} (default {@code default}), authenticated with token {@code T}
 * (default: {@code $CABLESTREAM_TOKEN}, else one signed with the local stack's key), showing a
 * live progress line that follows the batch through every stage until it is done. Prints a summary of
 * what was rejected and why. Exit code 0 when everything was accepted and completed, 1 when anything
 * was rejected or refused, 2 on a usage error or an unreachable ingest-service, 3 when the import
 * stalled.
 */
public final class ImportCommand {

    static final int OK = 0;
    static final int REJECTED = 1;
    static final int UNUSABLE = 2;
    static final int STALLED = 3;
    static final String USAGE = "usage: cablestream import [--url http://localhost:8081] [--format auto|csv|html|text|seed]"
            + " [--collection default] [--token TOKEN] [--no-wait] PATH...";

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int SEND_TRIES = 10;
    private static final int REJECTIONS_SHOWN = 20;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    ImportCommand(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("CABLESTREAM_INGEST_PORT", "8081");
        System.exit(new ImportCommand(System.out, System.err, System.console() != null)
                .run(args, "http://localhost:" + port, defaultToken()));
    }

    /** {@code $CABLESTREAM_TOKEN}, else an ingest token signed with the local stack's key, else {@code null}. */
    private static String defaultToken() {
        String fromEnvironment = System.getenv("CABLESTREAM_TOKEN");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        var home = Path.of(System.getProperty("cablestream.home", ".")).toAbsolutePath().normalize();
        try {
            return LocalKeys.minter(StackSettings.fromEnvironment(home, System.getenv())).mint("local-import",
                    List.of(Roles.INGEST), null, List.of(Roles.ALL_COLLECTIONS), Duration.ofHours(24));
        } catch (IOException e) {
            return null;
        }
    }

    /** A file to send and its name inside the import (its path relative to the folder given). */
    record Upload(Path file, String name, long size) {
    }

    int run(String[] args, String defaultUrl, String defaultToken) {
        String url = defaultUrl;
        String token = defaultToken;
        String collection = "default";
        String format = "auto";
        boolean wait = true;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return OK;
                }
                case "--url" -> url = i + 1 < args.length ? args[++i] : null;
                case "--format" -> format = i + 1 < args.length ? args[++i] : null;
                case "--collection" -> collection = i + 1 < args.length ? args[++i] : null;
                case "--token" -> token = i + 1 < args.length ? args[++i] : null;
                case "--no-wait" -> wait = false;
                default -> {
                    if (args[i].startsWith("--")) {
                        return usage("unknown option " + args[i]);
                    }
                    paths.add(Path.of(args[i]));
                }
            }
        }
        if (url == null || format == null || collection == null || paths.isEmpty()) {
            return usage(paths.isEmpty() ? "give at least one file or folder" : "an option lacks its value");
        }
        List<Upload> uploads;
        try {
            uploads = uploadsOf(paths);
        } catch (IOException e) {
            return usage("cannot read " + e.getMessage());
        }
        if (uploads.isEmpty()) {
            return usage("no files found in " + paths);
        }
        try {
            return importAll(new IngestClient(url, token, collection), uploads, format, wait, String.join(" ", paths.stream()
                    .map(Path::toString).toList()));
        } catch (IOException e) {
            err.println("cablestream import: cannot reach ingest-service at " + url + " (" + e.getMessage()
                    + "); is the stack up? Start it with ./cablestream up, or give --url");
            return UNUSABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNUSABLE;
        }
    }

    private int importAll(IngestClient ingest, List<Upload> uploads, String format, boolean wait, String name)
            throws IOException, InterruptedException {
        var opened = ingest.open(name);
        if (!opened.isSuccess()) {
            err.println("cablestream import: ingest-service refused to open an import: " + opened.detail()
                    + (opened.status() == 401 || opened.status() == 403 ? "\nGive a token with the ingest role for the "
                    + "collection: --token, or CABLESTREAM_TOKEN (locally: ./cablestream token --roles ingest "
                    + "--collections <collection>)" : ""));
            return UNUSABLE;
        }
        String importId = opened.body().path("importId").asText();
        long total = uploads.stream().mapToLong(Upload::size).sum();
        out.printf(Locale.ROOT, "Import %s: %d files, %.1f MB to %s%n", importId, uploads.size(), total / 1e6,
                ingest.baseUrl());
        var sent = new AtomicLong();
        var progress = new ProgressPrinter(ingest, importId, sent, total);
        Thread printer = Thread.ofPlatform().daemon().name("progress").start(progress);
        List<String> refusedFiles = new ArrayList<>();
        for (Upload upload : uploads) {
            long before = sent.get();
            var answer = sendWithRetries(ingest, importId, upload, format, sent, before);
            if (!answer.isSuccess() && !answer.body().path("type").asText().endsWith("/no-cable-accepted")) {
                refusedFiles.add(upload.name() + ": " + answer.detail());
            }
        }
        ingest.close(importId);
        JsonNode last = ingest.status(importId).body();
        while (wait && !isFinal(last)) {
            Thread.sleep(POLL.toMillis());
            last = ingest.status(importId).body();
        }
        progress.stop();
        printer.join(POLL.multipliedBy(4).toMillis());
        if (terminal) {
            out.println();
        }
        return summarize(ingest, last, refusedFiles, wait);
    }

    private IngestClient.Answer sendWithRetries(IngestClient ingest, String importId, Upload upload, String format,
            AtomicLong sent, long before) throws IOException, InterruptedException {
        IngestClient.Answer answer = null;
        for (int attempt = 1; attempt <= SEND_TRIES; attempt++) {
            sent.set(before);
            try {
                answer = ingest.sendFile(importId, upload.file(), upload.name(), format, sent);
            } catch (IOException e) {
                if (attempt == SEND_TRIES) {
                    throw e;
                }
                Thread.sleep(Duration.ofSeconds(Math.min(10, 2L * attempt)).toMillis());
                continue;
            }
            if (answer.status() != 503) {
                return answer;
            }
            Thread.sleep(Duration.ofSeconds(Math.max(1, answer.retryAfterSeconds())).toMillis());
        }
        return answer;
    }

    private static boolean isFinal(JsonNode status) {
        String state = status.path("status").asText();
        return state.equals("done") || state.equals("stalled");
    }

    private int summarize(IngestClient ingest, JsonNode status, List<String> refusedFiles, boolean waited) {
        out.printf(Locale.ROOT, "%s %s: %,d received, %,d accepted, %,d duplicates, %,d rejected at intake; "
                        + "%,d parsed, %,d enriched, %s indexed, %,d failed in later stages%n",
                status.path("importId").asText(), status.path("status").asText(), status.path("received").asLong(),
                status.path("accepted").asLong(), status.path("duplicate").asLong(), status.path("rejected").asLong(),
                status.path("parsed").asLong(), status.path("enriched").asLong(),
                status.path("indexed").isNull() ? "?" : String.format(Locale.ROOT, "%,d", status.path("indexed").asLong()),
                status.path("parseFailed").asLong() + status.path("enrichFailed").asLong()
                        + status.path("indexFailed").asLong());
        refusedFiles.forEach(file -> out.println("  refused " + file));
        var rejections = status.path("rejections");
        for (int i = 0; i < Math.min(REJECTIONS_SHOWN, rejections.size()); i++) {
            var rejection = rejections.get(i);
            var source = rejection.path("source");
            String where = source.path("name").asText()
                    + (source.path("position").isTextual() ? ", " + source.path("position").asText() : "");
            String line = where + ": " + rejection.path("reason").asText();
            if (!refusedFiles.contains(line)) {
                out.println("  rejected " + line);
            }
        }
        long rejected = ProgressLine.rejected(status);
        if (rejected > REJECTIONS_SHOWN) {
            out.println("  ... all rejections: " + ingest.baseUrl() + "/imports/" + status.path("importId").asText());
        }
        status.path("notes").forEach(note -> out.println("  note: " + note.asText()));
        if (status.path("status").asText().equals("stalled")) {
            err.println("cablestream import: the import stalled (no progress lately); check the services' logs");
            return STALLED;
        }
        if (!waited && !isFinal(status)) {
            out.println("  still processing; follow it at " + ingest.baseUrl() + "/imports/" + status.path("importId").asText());
        }
        return rejected > 0 || !refusedFiles.isEmpty() ? REJECTED : OK;
    }

    static List<Upload> uploadsOf(List<Path> paths) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                Path base = path.toAbsolutePath().normalize();
                Path parent = base.getParent() == null ? base : base.getParent();
                try (Stream<Path> files = Files.walk(base)) {
                    for (Path file : files.filter(Files::isRegularFile).filter(f -> !isHidden(base, f)).sorted().toList()) {
                        uploads.add(new Upload(file, parent.relativize(file).toString().replace('\\', '/'), Files.size(file)));
                    }
                }
            } else if (Files.isRegularFile(path)) {
                uploads.add(new Upload(path, path.getFileName().toString(), Files.size(path)));
            } else {
                throw new IOException(path + ": no such file or folder");
            }
        }
        return uploads;
    }

    private static boolean isHidden(Path base, Path file) {
        for (Path part : base.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private int usage(String problem) {
        err.println("cablestream import: " + problem);
        err.println(USAGE);
        return UNUSABLE;
    }

    /** Prints the progress line while files are sent and processed: rewritten in place on a terminal. */
    private final class ProgressPrinter implements Runnable {
        private final IngestClient ingest;
        private final String importId;
        private final AtomicLong sent;
        private final long total;
        private volatile boolean running = true;

        ProgressPrinter(IngestClient ingest, String importId, AtomicLong sent, long total) {
            this.ingest = ingest;
            this.importId = importId;
            this.sent = sent;
            this.total = total;
        }

        @Override
        public void run() {
            long lastPrinted = 0;
            while (running) {
                try {
                    var status = ingest.status(importId);
                    if (status.isSuccess() && (terminal || System.nanoTime() - lastPrinted > 5_000_000_000L)) {
                        String line = ProgressLine.of(status.body(), sent.get(), total);
                        out.print(terminal ? "\r" + line + "\u001B[K" : line + System.lineSeparator());
                        out.flush();
                        lastPrinted = System.nanoTime();
                    }
                    Thread.sleep(POLL.toMillis());
                } catch (IOException e) {
                    // the next poll tries again
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }
    }
}
