package io.cablestream.stack.bench;

import io.cablestream.contract.json.Json;
import io.cablestream.stack.corpus.CorpusGenerator;
import io.cablestream.stack.corpus.SyntheticCable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Sends each second's newly generated cables to ingest-service as one NDJSON import
 * ({@code POST /imports}, one {@code {"text": ...}} line per cable), as a feed delivering batches
 * would, without waiting for one answer before sending the next. An import answered {@code 202}
 * with every cable accepted acknowledges each of its cables; any other answer refuses all of them.
 */
final class ImportPoster extends CablePoster {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);

    ImportPoster(String ingestUrl, String token) {
        super(ingestUrl, token);
    }

    @Override
    void run(int perSecond, Duration duration, long seed, Acknowledged acknowledged) throws Exception {
        var generator = new CorpusGenerator(seed);
        List<CompletableFuture<?>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (long second = 0; second < duration.toSeconds(); second++) {
            long due = start + second * 1_000_000_000L - System.nanoTime();
            if (due > 0) {
                Thread.sleep(Duration.ofNanos(due));
            }
            List<SyntheticCable> batch = new ArrayList<>(perSecond);
            for (int i = 0; i < perSecond; i++) {
                batch.add(generator.next());
            }
            answers.add(send(batch, second, acknowledged));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
    }

    private CompletableFuture<?> send(List<SyntheticCable> batch, long second, Acknowledged acknowledged) {
        var request = HttpRequest.newBuilder(URI.create(ingestUrl + "/imports?name=soak-" + second + ".ndjson"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                .timeout(ANSWER_TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(ndjson(batch))).build();
        long sent = System.nanoTime();
        sent(batch.size());
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, error) -> {
            long now = System.nanoTime();
            String refusal = error != null ? "no answer" : refusal(response, batch.size());
            if (refusal == null) {
                batch.forEach(cable -> acknowledged.accept(cable.referenceId().toUpperCase(Locale.ROOT), sent, now));
            } else {
                refused(refusal, batch.size());
            }
            return null;
        });
    }

    /** {@code null} when every cable of the import was accepted, else what ingest answered. */
    private static String refusal(HttpResponse<byte[]> response, int cables) {
        if (response.statusCode() != 202) {
            return Integer.toString(response.statusCode());
        }
        try {
            var status = Json.MAPPER.readTree(response.body());
            long accepted = status.path("accepted").asLong() + status.path("duplicate").asLong();
            return accepted == cables ? null : "202 with cables not accepted";
        } catch (IOException e) {
            return "202 without a readable status";
        }
    }

    /** One {@code {"text": ...}} object per line. */
    static String ndjson(List<SyntheticCable> cables) {
        var lines = new StringBuilder();
        for (var cable : cables) {
            try {
                lines.append(Json.MAPPER.writeValueAsString(Map.of("text", cable.telegram()))).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines.toString();
    }
}
