package io.cablestream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.header.DeadLetterHeaders;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.TestKafka;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault tests (Maven profile {@code faults}): one local stack, crashed and restarted in every way
 * that matters while cables stream in. Each scenario ends with the same proof: every cable the API
 * accepted is in the index exactly once, and the dead-letter topics hold exactly the rejects.
 * Prints a table of scenario, sent, accepted, indexed, lost, duplicated.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final int CABLES_PER_SCENARIO = 120;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> TABLE = new ArrayList<>();
    private static final Set<String> ACCEPTED = new HashSet<>();
    private static final Set<String> SENT = new HashSet<>();

    @TempDir
    static Path data;

    static LocalStack stack;
    static String token;

    @BeforeAll
    static void startStack() {
        Path home = Path.of(System.getProperty("cablestream.home", "..")).toAbsolutePath().normalize();
        stack = LocalStack.start(new StackSettings(home, data, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), 0), JavaCommand.forHome(home));
        token = stack.adminToken(Duration.ofHours(6));
    }

    @AfterAll
    static void stopStackAndPrintTable() {
        if (stack != null) {
            stack.close();
        }
        System.out.printf("%n%-38s %6s %9s %8s %5s %11s%n", "scenario", "sent", "accepted", "indexed", "lost",
                "duplicated");
        TABLE.forEach(System.out::println);
    }

    @Test
    @Order(1)
    void parseServiceKilledMidStream() {
        scenario("kill -9 parse-service", 1, s -> s.kill("parse-service"), s -> s.restart("parse-service"));
    }

    @Test
    @Order(2)
    void enrichServiceKilledMidStream() {
        scenario("kill -9 enrich-service", 2, s -> s.kill("enrich-service"), s -> s.restart("enrich-service"));
    }

    @Test
    @Order(3)
    void queryServiceKilledMidStream() {
        scenario("kill -9 query-service", 3, s -> s.kill("query-service"), s -> s.restart("query-service"));
    }

    @Test
    @Order(4)
    void ingestServiceKilledMidStream() {
        scenario("kill -9 ingest-service", 4, s -> s.kill("ingest-service"), s -> s.restart("ingest-service"));
    }

    @Test
    @Order(5)
    void parseAndEnrichKilledTogether() {
        scenario("kill -9 parse + enrich together", 5, s -> {
            s.kill("parse-service");
            s.kill("enrich-service");
        }, s -> {
            s.restart("parse-service");
            s.restart("enrich-service");
        });
    }

    @Test
    @Order(6)
    void brokerRestartedMidImport() {
        scenario("broker restarted mid-import", 6, s -> s.process(LocalStack.KAFKA).stop(Duration.ofSeconds(20)),
                s -> s.restart(LocalStack.KAFKA));
    }

    @Test
    @Order(7)
    void duplicateDeliveryIsIndexedOnce() throws Exception {
        var cables = SampleCables.generate(CABLES_PER_SCENARIO, 7);
        var first = send(cables);
        for (var cable : cables) {
            var response = post(cable.text());
            assertThat(response.statusCode()).as(cable.referenceId()).isEqualTo(200);
            assertThat(response.body()).contains("\"duplicate\":true");
        }
        record("same cables sent twice", 2 * cables.size(), first);
    }

    @Test
    @Order(8)
    void poisonMessageInTheMiddleOfAPartitionIsParkedWithItsReason() {
        var cables = SampleCables.generate(CABLES_PER_SCENARIO, 8);
        var accepted = new HashSet<>(send(cables.subList(0, CABLES_PER_SCENARIO / 2)));
        String key = cables.getFirst().referenceId();
        TestKafka.produce(stack.settings().bootstrapServers(), Topics.RAW.name(), key,
                "\u0000garbage, not an event".getBytes(StandardCharsets.UTF_8),
                EventHeaders.of(Topics.RAW, key, "faults-test", TraceParent.newRoot(), "imp-poison"));
        accepted.addAll(send(cables.subList(CABLES_PER_SCENARIO / 2, CABLES_PER_SCENARIO)));
        record("poison record mid-partition", cables.size() + 1, List.copyOf(accepted));

        var parked = TestKafka.consume(stack.settings().bootstrapServers(), Topics.RAW.deadLetterName(), 1,
                Duration.ofSeconds(30));
        assertThat(parked).hasSize(1);
        assertThat(EventHeaders.get(parked.getFirst().headers(), DeadLetterHeaders.REASON)).isNotBlank();
    }

    @Test
    @Order(9)
    void queryIndexDeletedWhileRunningIsRebuiltFromTheTopic() {
        scenario("query index deleted while running", 9, s -> {
            s.kill("query-service");
            deleteRecursively(data.resolve("query-index"));
        }, s -> s.restart("query-service"));
    }

    /** Sends a fresh batch, injects {@code fault} a third of the way in, {@code recover}s, then checks the index. */
    private void scenario(String name, long seed, Consumer<LocalStack> fault, Consumer<LocalStack> recover) {
        var cables = SampleCables.generate(CABLES_PER_SCENARIO, 1000 + seed);
        var accepted = new ArrayList<>(send(cables.subList(0, CABLES_PER_SCENARIO / 3)));
        var rest = CompletableFuture.supplyAsync(() -> send(cables.subList(CABLES_PER_SCENARIO / 3, CABLES_PER_SCENARIO)));
        fault.accept(stack);
        recover.accept(stack);
        accepted.addAll(rest.join());
        record(name, cables.size(), accepted);
    }

    /**
     * Waits until every accepted cable so far is indexed, then asserts none is missing or doubled and
     * nothing else is indexed (a cable stored just before a crash cut its 202 off may be indexed too:
     * it was sent, and the client would retry it).
     */
    private void record(String name, int sent, List<String> accepted) {
        ACCEPTED.addAll(accepted);
        List<String> indexed = new ArrayList<>();
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            indexed.clear();
            indexed.addAll(indexedIds());
            return indexed.containsAll(ACCEPTED);
        });
        long lost = accepted.stream().filter(id -> !indexed.contains(id)).count();
        long duplicated = indexed.size() - new HashSet<>(indexed).size();
        TABLE.add(String.format("%-38s %6d %9d %8d %5d %11d", name, sent, accepted.size(),
                accepted.stream().filter(indexed::contains).count(), lost, duplicated));
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(SENT).containsAll(indexed);
    }

    /**
     * Posts each cable as a careful client would: while the service is down (connection refused) or
     * answers 503, it retries for up to a minute. Returns the reference IDs that were stored: answered
     * 202, or 200 "duplicate" for a retry of a cable whose first 202 a crash cut off.
     */
    private static List<String> send(List<SampleCables.SampleCable> cables) {
        var accepted = new ArrayList<String>();
        for (var cable : cables) {
            synchronized (SENT) {
                SENT.add(cable.referenceId());
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    var response = post(cable.text());
                    if (response.statusCode() == 202 || response.statusCode() == 200) {
                        accepted.add(Json.MAPPER.readTree(response.body()).path("referenceId").asText());
                    }
                    if (response.statusCode() != 503) {
                        break;
                    }
                } catch (IOException e) {
                    // the service is down; try again shortly
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                Sleep.quietly(Duration.ofMillis(500));
            }
        }
        return accepted;
    }

    private static HttpResponse<String> post(String text) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/cables"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every reference ID the index returns, page by page, duplicates included. */
    private static List<String> indexedIds() throws IOException, InterruptedException {
        var ids = new ArrayList<String>();
        String cursor = null;
        do {
            String url = stack.queryUrl() + "/cables?limit=500"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return List.of();
            }
            JsonNode page = Json.MAPPER.readTree(response.body());
            page.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return ids;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + dir, e);
        }
    }
}
