package io.cablestream.stack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./cablestream up}: starts the local stack, loads synthetic sample cables, prints where
 * everything is, and stops it all cleanly on Ctrl-C.
 */
public final class Main {

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
        int accepted = SampleLoader.load(stack.ingestUrl(), samples);
        System.out.printf("""

                Cablestream is up (%d sample cables loaded).
                  Web UI       %s/
                  Search API   %s/cables?q=embassy
                  One cable    %s/cables/%s
                  Ingest       curl -X POST -H 'Content-Type: text/plain' --data-binary @cable.txt %s/cables
                  Kafka        %s (topics cables.raw.v1, cables.parsed.v1, cables.enriched.v1)
                  Logs         %s
                Press Ctrl-C to stop.
                """, accepted, stack.queryUrl(), stack.queryUrl(), stack.queryUrl(), samples.getFirst().referenceId(),
                stack.ingestUrl(), settings.bootstrapServers(), settings.dataDir().resolve("logs"));
        stopped.await();
    }
}
