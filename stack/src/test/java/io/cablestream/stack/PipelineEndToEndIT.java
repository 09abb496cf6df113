package io.cablestream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.EventSchemas;
import io.cablestream.testsupport.TestKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots a real broker and the four packaged services as separate JVMs, exactly as
 * {@code ./cablestream up} runs them (but exporting their spans to a {@link TraceCollector}), and
 * follows one cable from ingest to search.
 */
class PipelineEndToEndIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Cables this class has had accepted so far (raw topic offsets also count transaction markers). */
    private static final AtomicInteger ACCEPTED = new AtomicInteger();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path data;

    static LocalStack stack;
    static TraceCollector collector;
    static String token;

    @BeforeAll
    static void startStack() throws IOException {
        Path home = Path.of(System.getProperty("cablestream.home", "..")).toAbsolutePath().normalize();
        var settings = new StackSettings(home, data, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), 0);
        collector = new TraceCollector();
        stack = LocalStack.start(settings, JavaCommand.forHome(home), collector.serviceProperties());
        token = stack.adminToken(Duration.ofHours(6));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
        if (collector != null) {
            collector.close();
        }
    }

    @Test
    void aPostedCableBecomesSearchableWithItsParsedFieldsAndTagMeanings() throws Exception {
        var posted = post(stack.ingestUrl() + "/cables", fixture("08REYKJAVIK233.txt"));
        assertThat(posted.statusCode()).isEqualTo(202);
        assertThat(Json.MAPPER.readTree(posted.body()).path("referenceId").asText()).isEqualTo("08REYKJAVIK233");

        JsonNode enriched = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(stack.queryUrl() + "/cables/08REYKJAVIK233"), r -> r.statusCode() == 200)
                .body().transform(this::json);
        JsonNode cable = enriched.path("cable");
        assertThat(cable.path("subject").asText()).isEqualTo("ICELAND: GEOTHERMAL CONSORTIUM SEEKS NATO AIRFIELD LEASE");
        assertThat(cable.path("classification").path("level").asText()).isEqualTo("CONFIDENTIAL");
        assertThat(cable.path("created").asText()).isEqualTo("2008-06-05T09:22:00Z");
        assertThat(cable.path("paragraphs")).hasSize(3);
        assertThat(enriched.path("annotations").path("tags").path("data").findValuesAsText("meaning"))
                .contains("External Political Relations", "Military and Defense Arrangements", "Iceland",
                        "North Atlantic Treaty Organization");

        JsonNode search = json(get(stack.queryUrl() + "/cables?q=geothermal").body());
        assertThat(search.path("hits").findValuesAsText("id")).contains("08REYKJAVIK233");
    }

    @Test
    void enrichedEventsOnTheTopicMatchThePublishedSchemaAndCarryCloudEventsHeaders() throws Exception {
        var posted = post(stack.ingestUrl() + "/cables", fixture("08REYKJAVIK233.txt").replace("hangars", "sheds"));
        assertThat(posted.statusCode()).isEqualTo(202);

        String bootstrap = stack.settings().bootstrapServers();
        int published = ACCEPTED.get();
        var raw = TestKafka.consume(bootstrap, Topics.RAW.name(), published, Duration.ofSeconds(10));
        var enriched = TestKafka.consume(bootstrap, Topics.ENRICHED.name(), published, Duration.ofSeconds(60));
        for (var record : enriched) {
            EventSchemas.assertValid(Topics.ENRICHED, record.value());
            assertThat(EventHeaders.get(record.headers(), EventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(EventHeaders.get(record.headers(), EventHeaders.TYPE)).isEqualTo(Topics.ENRICHED.eventType());
            assertThat(EventHeaders.get(record.headers(), EventHeaders.SOURCE)).isEqualTo("/cablestream/enrich-service");
            assertThat(EventHeaders.get(record.headers(), EventHeaders.SUBJECT)).isEqualTo(record.key());
            assertThat(EventHeaders.get(record.headers(), EventHeaders.ID)).isNotBlank();
            assertThat(EventHeaders.get(record.headers(), EventHeaders.TIME)).isNotBlank();
        }
        assertThat(enriched).extracting(r -> traceId(r.headers()))
                .containsExactlyInAnyOrderElementsOf(raw.stream().map(r -> traceId(r.headers())).toList());
    }

    @Test
    void oneCablesTripFromTheHttpRequestToTheIndexIsOneTrace() throws Exception {
        var client = TraceParent.newRoot();
        var posted = post(stack.ingestUrl() + "/cables", fixture("08REYKJAVIK233.txt").replace("hangars", "barns"),
                client);
        assertThat(posted.statusCode()).isEqualTo(202);

        String bootstrap = stack.settings().bootstrapServers();
        int published = ACCEPTED.get();
        var raw = traceparentsOf(TestKafka.consume(bootstrap, Topics.RAW.name(), published, WAIT), client);
        var parsed = traceparentsOf(TestKafka.consume(bootstrap, Topics.PARSED.name(), published, WAIT), client);
        var enriched = traceparentsOf(TestKafka.consume(bootstrap, Topics.ENRICHED.name(), published, WAIT), client);
        assertThat(List.of(raw, parsed, enriched)).allSatisfy(found -> assertThat(found).hasSize(1));
        assertThat(java.util.stream.Stream.of(client, raw.getFirst(), parsed.getFirst(), enriched.getFirst())
                .map(TraceParent::spanId).distinct()).hasSize(4);

        await().atMost(WAIT).untilAsserted(() -> assertThat(List.of(
                collector.received("ingest-service", client.traceId(), "publish cables.raw.v1"),
                collector.received("parse-service", client.traceId(), "process cables.raw.v1"),
                collector.received("enrich-service", client.traceId(), "process cables.parsed.v1"),
                collector.received("query-service", client.traceId(), "index cables.enriched.v1")))
                .containsOnly(true));
    }

    @Test
    void theDashboardQueriesOnlyMetricsTheServicesExport() throws Exception {
        assertThat(get(stack.queryUrl() + "/cables?q=anything").statusCode()).isEqualTo(200);
        var exported = new StringBuilder();
        for (int port : new int[] {stack.settings().ingestPort(), stack.settings().parsePort(),
                stack.settings().enrichPort(), stack.settings().queryPort()}) {
            exported.append(get("http://127.0.0.1:" + port + "/q/metrics").body());
        }
        var metricNames = exported.toString().lines().filter(l -> !l.startsWith("#"))
                .map(l -> l.split("[{ ]")[0]).collect(java.util.stream.Collectors.toSet());
        JsonNode dashboard = Json.MAPPER.readTree(stack.settings().home()
                .resolve("deploy/grafana/cablestream-pipeline.json").toFile());
        var used = new java.util.TreeSet<String>();
        dashboard.findValuesAsText("expr").forEach(expr -> java.util.regex.Pattern
                .compile("\\b(?:cablestream|http_server)_[a-z0-9_]+").matcher(expr).results()
                .forEach(m -> used.add(m.group())));
        assertThat(used).isNotEmpty();
        assertThat(metricNames).containsAll(used);
    }

    private static String traceId(org.apache.kafka.common.header.Headers headers) {
        return TraceParent.parseOrNew(EventHeaders.get(headers, EventHeaders.TRACEPARENT)).traceId();
    }

    private JsonNode json(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** The traceparents of {@code records} that belong to the trace {@code client} started. */
    private static List<TraceParent> traceparentsOf(List<ConsumerRecord<String, byte[]>> records, TraceParent client) {
        return records.stream().map(r -> TraceParent.parseOrNew(EventHeaders.get(r.headers(), EventHeaders.TRACEPARENT)))
                .filter(trace -> trace.traceId().equals(client.traceId())).toList();
    }

    private static HttpResponse<String> post(String url, String text) throws Exception {
        return post(url, text, TraceParent.newRoot());
    }

    /** Posts {@code text} as a client taking part in the trace {@code trace} would. */
    private static HttpResponse<String> post(String url, String text, TraceParent trace) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/plain")
                .header(EventHeaders.TRACEPARENT, trace.toString())
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 202) {
            ACCEPTED.incrementAndGet();
        }
        return response;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String fixture(String name) throws IOException {
        try (var in = PipelineEndToEndIT.class.getResourceAsStream("/cables/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
