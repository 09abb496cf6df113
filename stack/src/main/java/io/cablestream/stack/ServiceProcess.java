package io.cablestream.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts one Quarkus service of the pipeline from its packaged application
 * ({@code <service>/target/quarkus-app/quarkus-run.jar}) and waits until its readiness check is UP.
 *
 * @param name the service module, e.g. {@code query-service}
 * @param port its HTTP port
 * @param heap its maximum heap, e.g. {@code 256m}
 * @param properties extra {@code -D} settings
 */
public record ServiceProcess(String name, int port, String heap, List<String> properties) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ManagedProcess start(StackSettings settings, JavaCommand java) {
        Path jar = settings.home().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new StackException(jar + " does not exist: build first (./cablestream up builds when needed, "
                    + "or run ./mvnw package -DskipTests)");
        }
        // Plain-text logs: the prod profile's JSON lines are for log collectors, not for reading data/logs/.
        var jvmArgs = new ArrayList<>(List.of("-Xmx" + heap, "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + settings.bootstrapServers(),
                "-Dquarkus.log.console.json.enabled=false"));
        jvmArgs.addAll(FlightRecording.jvmArgs(name, System.getenv()));
        properties.forEach(p -> jvmArgs.add("-D" + p));
        return ManagedProcess.start(name, java.jar(jvmArgs, jar.toString()), settings.home(),
                settings.dataDir().resolve("logs/" + name + ".log"));
    }

    /** Polls {@code /q/health/ready} until it answers 200, failing if the process exits or time runs out. */
    public void awaitReady(ManagedProcess process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new StackException(name + " exited during start:\n" + process.logTail(30));
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for " + name, e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StackException(name + " was not ready on port " + port + " within " + timeout.toSeconds()
                        + " s:\n" + process.logTail(30));
            }
            Sleep.quietly(Duration.ofMillis(250));
        }
    }
}
