import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ingest benchmark helper: the latency of {@code POST /cables} with one new synthetic cable each, either
 * one after the other or at a fixed rate (requests overlapping), printing p50/p90/p99/max of the {@code 202}
 * answers, how many got another answer, and the load average.
 * Usage: {@code java PostLatency.java URL TOKEN COUNT [RATE_PER_SECOND]} (no rate: sequential).
 */
public class PostLatency {

    public static void main(String[] args) throws Exception {
        String url = args[0] + "/cables";
        String token = args[1];
        int count = Integer.parseInt(args[2]);
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int base = ThreadLocalRandom.current().nextInt(100_000, 900_000) * 10;
        for (int warm = 0; warm < 5; warm++) {
            send(client, url, token, base - 100 - warm).join();
            Thread.sleep(200);
        }
        String loadBefore = loadAverage();
        List<CompletableFuture<Long>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (rate > 0) {
                long due = start + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                answers.add(send(client, url, token, base + i));
            } else {
                answers.add(CompletableFuture.completedFuture(send(client, url, token, base + i).join()));
            }
        }
        List<Long> micros = new ArrayList<>(answers.stream().map(CompletableFuture::join).filter(m -> m >= 0).toList());
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(micros);
        System.out.printf("%d POST /cables, %s: %.1f s (%.1f/s); latency ms p50 %.1f, p90 %.1f, p99 %.1f, max %.1f; "
                        + "%d not 202; load average %s -> %s%n", count, rate > 0 ? "at " + rate + "/s" : "sequential",
                seconds, count / seconds, at(micros, 0.50), at(micros, 0.90), at(micros, 0.99), micros.getLast() / 1000.0,
                count - micros.size(), loadBefore, loadAverage());
    }

    private static CompletableFuture<Long> send(HttpClient client, String url, String token, int serial) {
        String text = """
                C O N F I D E N T I A L BENCHVILLE %1$07d

                E.O. 12958: DECL: 03/14/2019
                TAGS: PREL XX
                SUBJECT: POST LATENCY PROBE %1$d

                1. (C) A synthetic cable for measuring ingest's answer time, number %1$d.
                """.formatted(serial);
        var request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": " + json(text)
                        + ", \"metadata\": {\"referenceId\": \"09BENCHVILLE" + serial + "\"}}"))
                .build();
        long sent = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 202) {
                System.err.println("cable " + serial + ": " + response.statusCode() + " " + response.body());
                return -1L;
            }
            return (System.nanoTime() - sent) / 1000;
        });
    }

    private static String json(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1000.0;
    }

    private static String loadAverage() throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    }
}
