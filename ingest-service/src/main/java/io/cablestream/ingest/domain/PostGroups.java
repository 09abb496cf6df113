package io.cablestream.ingest.domain;

import io.cablestream.contract.event.ImportPartReport;
import io.cablestream.ingest.config.IngestConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Group commit of one-cable posts: each post waits in a queue, and one committer thread receives everything
 * waiting as one group in one upload transaction ({@link Imports#receiveAloneTogether}), so posts arriving
 * while a transaction is in flight join the next one. A post is answered only after its group's transaction
 * committed (or failed, with the group's error). Groups hold at most {@code max-in-flight} cables and take
 * one upload slot at a time, leaving the others to imports.
 */
@ApplicationScoped
public class PostGroups {

    private record Waiting(Imports.AloneCable cable, CompletableFuture<Imports.AloneReceived> answer) {
    }

    private final Imports imports;
    private final IngestConfig config;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private Thread committer;

    PostGroups(Imports imports, IngestConfig config) {
        this.imports = imports;
        this.config = config;
    }

    /** Receives one cable as an import of its own, with whatever other posts are waiting; returns its final report. */
    public ImportPartReport receive(Imports.AloneCable cable) {
        var waiting = new Waiting(cable, new CompletableFuture<>());
        startCommitter();
        queue.add(waiting);
        Imports.AloneReceived received;
        try {
            received = waiting.answer().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        received.intake().awaitOthersStoring();
        return received.report();
    }

    private synchronized void startCommitter() {
        if (committer == null) {
            committer = Thread.ofPlatform().name("ingest-post-groups").daemon().start(this::commitGroups);
        }
    }

    private void commitGroups() {
        List<Waiting> group = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(group, config.maxInFlight() - 1);
            try {
                var received = imports.receiveAloneTogether(group.stream().map(Waiting::cable).toList());
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).answer().complete(received.get(i));
                }
            } catch (RuntimeException e) {
                group.forEach(waiting -> waiting.answer().completeExceptionally(e));
            }
            group.clear();
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (committer != null) {
            committer.interrupt();
        }
    }
}
