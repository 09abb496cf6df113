package io.cablestream.query.bench;

import io.cablestream.testsupport.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * query-service as its own process, started from the packaged application on a free port over a
 * given index, with no broker (its feeder keeps waiting; searches are served from the index).
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Process process;
    private final URI base;

    private ServiceProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts {@code quarkusRunJar} over the index in {@code indexDir} and returns once it answers HTTP. */
    static ServiceProcess start(Path quarkusRunJar, Path indexDir, List<String> jvmArgs, Path log) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArgs);
        Path publicKey = TestTokens.publicKeyFile(indexDir.resolveSibling("bench-jwt-public.pem"));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dcablestream.query.index-dir=" + indexDir,
                "-Dmp.jwt.verify.publickey.location=" + publicKey.toUri(),
                "-Dkafka.bootstrap.servers=127.0.0.1:1", "-Dquarkus.log.level=WARN",
                "-Dquarkus.log.category.\"org.apache.kafka\".level=ERROR", "-jar", quarkusRunJar.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var service = new ServiceProcess(process, URI.create("http://127.0.0.1:" + port + "/"));
        service.awaitLive();
        return service;
    }

    URI base() {
        return base;
    }

    private void awaitLive() throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("query-service exited with " + process.exitValue() + "; see its log");
            }
            try {
                var response = client.send(HttpRequest.newBuilder(base.resolve("q/health/live")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("query-service did not answer within " + START_TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
