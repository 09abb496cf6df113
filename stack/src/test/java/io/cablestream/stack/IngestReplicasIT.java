package io.cablestream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.auth.VerificationKey;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.KafkaBroker;
import io.cablestream.testsupport.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingest-service replicas in front of one broker and one packaged parse, enrich and query service
 * each: imports sent to either replica are followed to {@code done} from the other one, an import
 * holding two versions of one cable completes, a cable stored through one replica is a duplicate
 * on the other, and the same new cables sent to both replicas at once are stored once.
 */
class IngestReplicasIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PIPELINE = Duration.ofSeconds(240);

    @TempDir
    static Path data;

    private static KafkaBroker broker;
    private static final List<ManagedProcess> PROCESSES = new ArrayList<>();
    private static String ingestA;
    private static String ingestB;
    private static String query;
    private static String token;

    @BeforeAll
    static void startTwoIngestReplicasAndThePipeline() throws IOException {
        broker = KafkaBroker.start();
        broker.createTopics(Topics.allNames(), 3);
        Path home = Path.of(System.getProperty("cablestream.home", "..")).toAbsolutePath().normalize();
        String bootstrap = broker.bootstrapServers();
        var settings = new StackSettings(home, data, Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1)),
                0, 0, 0, 0, 0);
        var java = JavaCommand.forHome(home);
        int queryPort = Ports.free();
        String verificationKey = VerificationKey.LOCATION + "=" + LocalKeys.ensure(settings).toUri();
        token = TestTokens.admin(LocalKeys.minter(settings));
        var queryUrl = List.of("cablestream.ingest.query-service.url=http://127.0.0.1:" + queryPort, verificationKey);
        var services = List.of(
                new ServiceProcess("query-service", queryPort, "512m",
                        List.of("cablestream.query.index-dir=" + data.resolve("query-index"), verificationKey)),
                new ServiceProcess("parse-service", Ports.free(), "256m", List.of()),
                new ServiceProcess("enrich-service", Ports.free(), "256m", List.of()),
                new ServiceProcess("ingest-service", Ports.free(), "256m", queryUrl),
                new ServiceProcess("ingest-service", Ports.free(), "256m", queryUrl));
        services.forEach(service -> PROCESSES.add(service.start(settings, java)));
        for (int i = 0; i < services.size(); i++) {
            services.get(i).awaitReady(PROCESSES.get(i), Duration.ofSeconds(180));
        }
        query = "http://127.0.0.1:" + queryPort;
        ingestA = "http://127.0.0.1:" + services.get(3).port();
        ingestB = "http://127.0.0.1:" + services.get(4).port();
    }

    @AfterAll
    static void stopEverything() {
        PROCESSES.forEach(p -> p.stop(Duration.ofSeconds(10)));
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void anImportHoldingTwoVersionsOfOneCableIsDoneOnceBothAreIndexed() throws Exception {
        var cables = SampleCables.generate(2, 4101);
        var cable = cables.getFirst();
        String unredacted = cable.text() + "\nThe names withheld in the first release are restored.\n";
        JsonNode accepted = importNdjson(ingestA, "releases.ndjson",
                List.of(cable.text(), unredacted, cables.get(1).text()));
        assertThat(accepted.path("accepted").asLong()).isEqualTo(3);
        assertThat(accepted.path("duplicate").asLong()).isZero();

        JsonNode done = awaitDone(ingestB, accepted.path("importId").asText());
        assertThat(done.path("parsed").asLong()).isEqualTo(3);
        assertThat(done.path("enriched").asLong()).isEqualTo(3);
        assertThat(done.path("indexed").asLong()).isEqualTo(3);
        assertThat(done.path("completed").asLong()).isEqualTo(3);
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        JsonNode versions = json(get(query + "/cables/" + cable.referenceId() + "/versions"));
        assertThat(versions.findValuesAsText("importId")).containsExactly(done.path("importId").asText(),
                done.path("importId").asText());
    }

    @Test
    void importsSentToBothReplicasAtOnceAreFollowedToDoneFromTheOther() throws Exception {
        var cables = SampleCables.generate(60, 4102);
        var toA = CompletableFuture.supplyAsync(() -> importNdjsonUnchecked(ingestA, "first-half.ndjson",
                cables.subList(0, 30).stream().map(SampleCables.SampleCable::text).toList()));
        var toB = CompletableFuture.supplyAsync(() -> importNdjsonUnchecked(ingestB, "second-half.ndjson",
                cables.subList(30, 60).stream().map(SampleCables.SampleCable::text).toList()));
        String importOfA = toA.get().path("importId").asText();
        String importOfB = toB.get().path("importId").asText();
        assertThat(toA.get().path("accepted").asLong()).isEqualTo(30);
        assertThat(toB.get().path("accepted").asLong()).isEqualTo(30);

        JsonNode aSeenFromB = awaitDone(ingestB, importOfA);
        JsonNode bSeenFromA = awaitDone(ingestA, importOfB);
        for (JsonNode status : List.of(aSeenFromB, bSeenFromA)) {
            assertThat(status.path("accepted").asLong()).isEqualTo(30);
            assertThat(status.path("parsed").asLong()).isEqualTo(30);
            assertThat(status.path("enriched").asLong()).isEqualTo(30);
            assertThat(status.path("indexed").asLong()).isEqualTo(30);
            assertThat(status.path("percent").asInt()).isEqualTo(100);
        }
        for (String importId : List.of(importOfA, importOfB)) {
            JsonNode fromA = json(get(ingestA + "/imports/" + importId));
            JsonNode fromB = json(get(ingestB + "/imports/" + importId));
            for (String field : List.of("status", "accepted", "parsed", "enriched", "indexed", "completed")) {
                assertThat(fromA.path(field)).as(importId + " " + field).isEqualTo(fromB.path(field));
            }
        }
        assertThat(json(get(ingestA + "/imports?limit=50")).findValuesAsText("importId")).contains(importOfA, importOfB);
    }

    @Test
    void aCableStoredThroughOneReplicaIsADuplicateOnTheOtherAndIsStoredOnce() throws Exception {
        var cables = SampleCables.generate(20, 4103);
        List<String> texts = cables.stream().map(SampleCables.SampleCable::text).toList();
        JsonNode first = importNdjson(ingestA, "batch.ndjson", texts);
        JsonNode again = importNdjson(ingestB, "batch.ndjson", texts);
        var single = post(ingestB, "/cables", "text/plain", texts.getFirst());

        assertThat(first.path("accepted").asLong()).isEqualTo(20);
        assertThat(again.path("accepted").asLong()).isZero();
        assertThat(again.path("duplicate").asLong()).isEqualTo(20);
        assertThat(single.statusCode()).isEqualTo(200);
        assertThat(json(single.body()).path("duplicate").asBoolean()).isTrue();
        Map<String, Long> copies = rawCopiesByImport(cables.stream().map(SampleCables.SampleCable::referenceId).toList());
        assertThat(copies).containsOnly(Map.entry(first.path("importId").asText(), 20L));
    }

    @Test
    void theSameNewCablesSentToBothReplicasAtOnceAreStoredOnceAndBothImportsGetDone() throws Exception {
        for (int round = 0; round < 3; round++) {
            var cables = SampleCables.generate(50, 4110 + round);
            List<String> texts = cables.stream().map(SampleCables.SampleCable::text).toList();
            var toA = CompletableFuture.supplyAsync(() -> importNdjsonUnchecked(ingestA, "same.ndjson", texts));
            var toB = CompletableFuture.supplyAsync(() -> importNdjsonUnchecked(ingestB, "same.ndjson", texts));
            JsonNode a = toA.get();
            JsonNode b = toB.get();

            assertThat(a.path("accepted").asLong() + b.path("accepted").asLong()).as("round " + round).isEqualTo(50);
            assertThat(a.path("duplicate").asLong() + b.path("duplicate").asLong()).as("round " + round).isEqualTo(50);
            Map<String, Long> copies = rawCopiesByImport(cables.stream().map(SampleCables.SampleCable::referenceId)
                    .toList());
            assertThat(copies.getOrDefault(a.path("importId").asText(), 0L)
                    + copies.getOrDefault(b.path("importId").asText(), 0L)).as("raw records, round " + round)
                    .isEqualTo(50);
            for (JsonNode upload : List.of(a, b)) {
                String importId = upload.path("importId").asText();
                assertThat(copies.getOrDefault(importId, 0L)).as(importId).isEqualTo(upload.path("accepted").asLong());
                JsonNode done = awaitDone(upload == a ? ingestB : ingestA, importId);
                assertThat(done.path("duplicate").asLong()).isEqualTo(upload.path("duplicate").asLong());
                assertThat(done.path("indexed").asLong()).isEqualTo(upload.path("accepted").asLong());
            }
        }
    }

    /** How many raw records carry each import, over the records of these reference IDs (read_committed). */
    private static Map<String, Long> rawCopiesByImport(List<String> referenceIds) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var records = new ArrayList<ConsumerRecord<String, byte[]>>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(Topics.RAW.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records.stream().filter(r -> referenceIds.contains(r.key()))
                .collect(Collectors.groupingBy(r -> EventHeaders.get(r.headers(), EventHeaders.IMPORT_ID),
                        Collectors.counting()));
    }

    private static JsonNode awaitDone(String replica, String importId) {
        return await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500))
                .until(() -> json(get(replica + "/imports/" + importId)),
                        status -> status.path("status").asText().equals("done"));
    }

    private static JsonNode importNdjsonUnchecked(String replica, String name, List<String> texts) {
        try {
            return importNdjson(replica, name, texts);
        } catch (Exception e) {
            throw new AssertionError("import of " + name + " into " + replica + " failed", e);
        }
    }

    private static JsonNode importNdjson(String replica, String name, List<String> texts) throws Exception {
        var lines = new StringBuilder();
        for (String text : texts) {
            lines.append(Json.MAPPER.writeValueAsString(Map.of("text", text))).append('\n');
        }
        var response = post(replica, "/imports?name=" + name, "application/x-ndjson", lines.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json(response.body());
    }

    private static HttpResponse<String> post(String replica, String path, String contentType, String body)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(replica + path)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String get(String url) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode json(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
