package io.cablestream.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./cablestream up}: starts the local stack, loads synthetic sample cables, prints where
 * everything is with an admin token and a link that signs the web UI in, and stops it all cleanly on Ctrl-C.
 */
public final class Main {

    private static final Duration TOKEN_TTL = Duration.ofHours(12);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        var home = Path.of(System.getProperty("cablestream.home", ".")).toAbsolutePath().normalize();
        var settings = StackSettings.fromEnvironment(home, System.getenv());
        System.out.println("Starting Kafka and the four services (data in " + settings.dataDir() + ") ...");
        LocalStack stack;
        try {
            stack = LocalStack.start(settings, JavaCommand.forHome(home));
        } catch (StackException e) {
            System.err.println("cablestream: " + e.getMessage());
            System.exit(1);
            return;
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping services and broker ...");
            stack.close();
            stopped.countDown();
        }));
        var samples = SampleCables.generate(settings.sampleSize(), 42);
        String token = stack.adminToken(TOKEN_TTL);
        int accepted = SampleLoader.load(stack.ingestUrl(), token, samples);
        String exampleId = samples.isEmpty() ? "07MOSCOW3804" : samples.getFirst().referenceId();
        System.out.printf("""

                Cablestream is up (%d sample cables loaded).
                  Web UI       %s/#access_token=%s
                               (signs you in as admin for %d hours; ./cablestream token mints others)
                  Token        export CABLESTREAM_TOKEN=%s
                  Search API   curl -H "Authorization: Bearer $CABLESTREAM_TOKEN" '%s/cables?q=embassy'
                  One cable    curl -H "Authorization: Bearer $CABLESTREAM_TOKEN" %s/cables/%s
                  Ingest       curl -H "Authorization: Bearer $CABLESTREAM_TOKEN" -H 'Content-Type: text/plain' \\
                                 --data-binary @cable.txt %s/cables
                  Kafka        %s (topics cables.raw.v1, cables.parsed.v1, cables.enriched.v1)
                  Logs         %s
                Press Ctrl-C to stop.
                """, accepted, stack.queryUrl(), token, TOKEN_TTL.toHours(), token, stack.queryUrl(), stack.queryUrl(),
                exampleId, stack.ingestUrl(), settings.bootstrapServers(),
                settings.dataDir().resolve("logs"));
        stopped.await();
    }
}
