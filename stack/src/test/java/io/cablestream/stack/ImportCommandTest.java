package io.cablestream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cablestream import} against a stand-in for ingest-service's import API (the real service is
 * exercised by ingest-service's own tests and the end-to-end test).
 */
class ImportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> sentNames = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> openQueries = new CopyOnWriteArrayList<>();
    private HttpServer ingest;

    @AfterEach
    void stopIngest() {
        if (ingest != null) {
            ingest.stop(0);
        }
    }

    @Test
    void namesFilesOfAFolderByTheirPathFromTheFolderAndSkipsHiddenOnes() throws IOException {
        Files.createDirectories(dir.resolve("leak/2010"));
        Files.createDirectories(dir.resolve("leak/.git"));
        Files.writeString(dir.resolve("leak/2010/a.csv"), "x");
        Files.writeString(dir.resolve("leak/b.html"), "y");
        Files.writeString(dir.resolve("leak/.git/config"), "z");
        Files.writeString(dir.resolve("single.txt"), "w");

        var uploads = ImportCommand.uploadsOf(List.of(dir.resolve("leak"), dir.resolve("single.txt")));

        assertThat(uploads).extracting(ImportCommand.Upload::name)
                .containsExactly("leak/2010/a.csv", "leak/b.html", "single.txt");
    }

    @Test
    void sendsEveryFileIntoOneImportAndExitsWith1ListingWhatWasRejected() throws IOException {
        startIngest("""
                {"importId": "imp-1", "status": "done", "received": 3, "accepted": 2, "duplicate": 0, "rejected": 1,
                 "parsed": 2, "parseFailed": 0, "enriched": 2, "enrichFailed": 0, "indexed": 2, "indexFailed": 0,
                 "percent": 100, "ratePerSecond": 0, "etaSeconds": null,
                 "rejections": [{"source": {"name": "in/a.csv", "position": "line 7"},
                                 "reason": "CSV record has 7 columns, expected 8"}],
                 "notes": []}""");
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/a.csv"), "\"1\",\"2\"");
        Files.writeString(dir.resolve("in/b.txt"), "cable");

        int exit = run(dir.resolve("in").toString());

        assertThat(exit).isEqualTo(ImportCommand.REJECTED);
        assertThat(sentNames).containsExactly("in/a.csv", "in/b.txt");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("imp-1 done: 3 received, 2 accepted, 0 duplicates, 1 rejected at intake")
                .contains("rejected in/a.csv, line 7: CSV record has 7 columns, expected 8");
    }

    @Test
    void listsARefusedFileOnceThoughTheImportAlsoRecordsItsRefusal() throws IOException {
        String reason = "'in/bomb.zip' looks like a zip bomb: entry 'zeros.txt' expands from 2000 to 2000000 bytes";
        startIngest("""
                {"importId": "imp-2", "status": "done", "received": 0, "accepted": 0, "duplicate": 0, "rejected": 0,
                 "parsed": 0, "parseFailed": 0, "enriched": 0, "enrichFailed": 0, "indexed": 0, "indexFailed": 0,
                 "percent": 100, "ratePerSecond": 0, "etaSeconds": null,
                 "rejections": [{"source": {"name": "in/bomb.zip"}, "reason": "%s"}], "notes": []}""".formatted(reason),
                422, """
                {"type": "https://cablestream.io/problems/zip-bomb", "status": 422, "detail": "%s"}""".formatted(reason));
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/bomb.zip"), "PK");

        int exit = run(dir.resolve("in").toString());

        assertThat(exit).isEqualTo(ImportCommand.REJECTED);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("zip bomb")))
                .containsExactly("  refused in/bomb.zip: " + reason);
    }

    @Test
    void exitsWith0WhenEverythingWasAcceptedAndCompleted() throws IOException {
        startIngest(completedWithOneCable("imp-2"));

        assertThat(run(oneCable().toString())).isEqualTo(ImportCommand.OK);
    }

    @Test
    void sendsTheTokenWithEveryCallAndOpensTheImportInTheCollectionAsked() throws IOException {
        startIngest(completedWithOneCable("imp-3"));

        assertThat(run("--collection", "desk-b", "--token", "other-t0ken", oneCable().toString()))
                .isEqualTo(ImportCommand.OK);
        assertThat(openQueries).containsExactly("collection=desk-b");
        assertThat(authorizations).isNotEmpty().allMatch("Bearer other-t0ken"::equals);
    }

    @Test
    void saysHowToStartTheStackWhenIngestIsUnreachable() throws IOException {
        Path cable = oneCable();
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        int exit = new ImportCommand(new PrintStream(out), new PrintStream(err), false)
                .run(new String[] {cable.toString()}, "http://127.0.0.1:" + port, "t0ken");

        assertThat(exit).isEqualTo(ImportCommand.UNUSABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot reach ingest-service").contains("./cablestream up");
    }

    @Test
    void refusesAMissingPathWithUsage() {
        int exit = new ImportCommand(new PrintStream(out), new PrintStream(err), false)
                .run(new String[] {dir.resolve("nope").toString()}, "http://127.0.0.1:1", "t0ken");

        assertThat(exit).isEqualTo(ImportCommand.UNUSABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file or folder").contains("usage:");
    }

    private Path oneCable() throws IOException {
        return Files.writeString(dir.resolve("one.txt"), "cable");
    }

    /** The progress of an import whose one cable went through every stage. */
    private static String completedWithOneCable(String importId) {
        return """
                {"importId": "%s", "status": "done", "received": 1, "accepted": 1, "duplicate": 0, "rejected": 0,
                 "parsed": 1, "parseFailed": 0, "enriched": 1, "enrichFailed": 0, "indexed": 1, "indexFailed": 0,
                 "percent": 100, "rejections": [], "notes": []}""".formatted(importId);
    }

    private int run(String... args) {
        String url = "http://127.0.0.1:" + ingest.getAddress().getPort();
        return new ImportCommand(new PrintStream(out), new PrintStream(err), false).run(args, url, "t0ken");
    }

    /** Answers the import API: opens imp-*, accepts files, and reports {@code status} for the import. */
    private void startIngest(String status) throws IOException {
        startIngest(status, 202, status);
    }

    /** Like {@link #startIngest(String)}, answering every file with {@code fileCode} and {@code fileBody}. */
    private void startIngest(String status, int fileCode, String fileBody) throws IOException {
        ingest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ingest.createContext("/imports", exchange -> {
            String path = exchange.getRequestURI().getPath();
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            String body = status;
            int code = 200;
            if (path.equals("/imports")) {
                openQueries.add(exchange.getRequestURI().getQuery());
                code = 201;
            } else if (path.endsWith("/files")) {
                code = fileCode;
                body = fileBody;
                sentNames.add(exchange.getRequestURI().getQuery().replaceAll(".*name=([^&]*).*", "$1").replace("%2F", "/"));
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        ingest.start();
    }
}
