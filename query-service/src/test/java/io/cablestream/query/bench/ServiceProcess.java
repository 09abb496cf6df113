package io.cablestream.query.bench;

import io.cablestream.testsupport.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * query-service as its own process, started from the packaged application on a free port over a
 * given index, with a broker or with none (its feeder keeps waiting; searches are served from the index).
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    /** Linux's {@code USER_HZ}: the unit of CPU times in {@code /proc}. */
    private static final int CLOCK_TICKS = 100;

    private final Process process;
    private final URI base;

    private ServiceProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts {@code quarkusRunJar} over the index in {@code indexDir}, with no broker, and returns once it answers HTTP. */
    static ServiceProcess start(Path quarkusRunJar, Path indexDir, List<String> jvmArgs, Path log) throws Exception {
        return start(quarkusRunJar, indexDir, "127.0.0.1:1", jvmArgs, log);
    }

    /** Starts {@code quarkusRunJar} over the index in {@code indexDir}, fed by the broker {@code bootstrap}, and returns once it answers HTTP. */
    static ServiceProcess start(Path quarkusRunJar, Path indexDir, String bootstrap, List<String> jvmArgs, Path log)
            throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArgs);
        Path publicKey = TestTokens.publicKeyFile(log.resolveSibling("bench-jwt-public.pem"));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dcablestream.query.index-dir=" + indexDir,
                "-Dmp.jwt.verify.publickey.location=" + publicKey.toUri(),
                "-Dkafka.bootstrap.servers=" + bootstrap, "-Dquarkus.log.level=WARN",
                "-Dquarkus.log.category.\"org.apache.kafka\".level=ERROR", "-jar", quarkusRunJar.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var service = new ServiceProcess(process, URI.create("http://127.0.0.1:" + port + "/"));
        service.awaitLive();
        return service;
    }

    /** The JVM options of the service process, from the system property {@code bench.serviceJvmArgs}. */
    static List<String> jvmArgs() {
        return Arrays.stream(System.getProperty("bench.serviceJvmArgs", "").split("\\s+"))
                .filter(arg -> !arg.isBlank()).toList();
    }

    URI base() {
        return base;
    }

    /** Waits until the service is ready: its feeder reaches the broker and owns the topic's partitions. */
    void awaitReady() throws InterruptedException, IOException {
        await("q/health/ready");
    }

    /** CPU time the process has used so far, user and system, from {@code /proc/<pid>/stat}. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
    }

    private void awaitLive() throws InterruptedException, IOException {
        await("q/health/live");
    }

    private void await(String health) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("query-service exited with " + process.exitValue() + "; see its log");
            }
            try {
                var response = client.send(HttpRequest.newBuilder(base.resolve(health)).build(),
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
        throw new IllegalStateException("query-service's " + health + " did not answer 200 within " + START_TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
