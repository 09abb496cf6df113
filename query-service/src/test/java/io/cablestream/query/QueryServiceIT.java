package io.cablestream.query;

import static io.cablestream.query.TestCables.cable;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.event.RecordPosition;
import io.cablestream.contract.header.DeadLetterHeaders;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.EventSchemas;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestKafka;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole service against a real broker: cables published on cables.enriched.v1 become readable and searchable. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class QueryServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void feederOwnsThePartitions() {
        await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void publishedCableCanBeReadByIdAndFoundBySearch() {
        publish(cable("07MOSCOW3804")
                .subject("RUSSIA: ZANZIBAR FUEL TALKS")
                .body("1. (C) Summary: Rosatom offered zanzibar fuel. End summary.")
                .tag("PREL", "External Political Relations"));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.admin()).get("/cables/07MOSCOW3804")
                .then().statusCode(200)
                .body("cable.subject", equalTo("RUSSIA: ZANZIBAR FUEL TALKS")));
        given().auth().oauth2(TestTokens.admin()).queryParam("q", "zanzibar AND tag:prel")
                .get("/cables")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].id", equalTo("07MOSCOW3804"))
                .body("hits[0].snippet", containsString("<mark>zanzibar</mark>"));
    }

    @Test
    void redeliveredAndUpdatedCableStaysOneHitWithTheLatestContent() {
        var first = cable("08PARIS1200").subject("FRANCE: QUINOA SUBSIDIES").body("Quinoa talks, first release.");
        publish(first);
        publish(first);
        publish(cable("08PARIS1200").subject("FRANCE: QUINOA SUBSIDIES").body("Quinoa talks, second release."));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.admin()).queryParam("q", "quinoa")
                .get("/cables")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].snippet", containsString("second release")));
    }

    @Test
    void recordsThatCannotBeIndexedAreDeadLetteredWithTheReasonAndLaterCablesStillIndexed() {
        byte[] notJson = "{not json".getBytes(StandardCharsets.UTF_8);
        var headers = EventHeaders.of(Topics.ENRICHED, "09BROKEN1", "enrich-service", TraceParent.newRoot(), "import-9");
        TestKafka.produce(bootstrap, Topics.ENRICHED.name(), "09BROKEN1", notJson, headers);
        TestKafka.produce(bootstrap, Topics.ENRICHED.name(), "09OTHER2", cable("09BROKEN2").json(), new RecordHeaders());
        publish(cable("09BERLIN77").subject("GERMANY: MARZIPAN EXPORTS"));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.admin()).queryParam("q", "subject:marzipan")
                .get("/cables")
                .then().statusCode(200)
                .body("hits.id", equalTo(List.of("09BERLIN77"))));
        given().auth().oauth2(TestTokens.admin()).get("/cables/09BROKEN1").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).get("/cables/09BROKEN2").then().statusCode(404);

        Map<String, ConsumerRecord<String, byte[]>> parked = TestKafka.consume(bootstrap,
                        Topics.ENRICHED.deadLetterName(), 2, WAIT).stream()
                .collect(Collectors.toMap(ConsumerRecord::key, record -> record));
        assertThat(parked.get("09BROKEN1").value()).isEqualTo(notJson);
        assertThat(EventHeaders.get(parked.get("09BROKEN1").headers(), DeadLetterHeaders.REASON))
                .startsWith("not a valid EnrichedCable JSON document");
        assertThat(EventHeaders.get(parked.get("09BROKEN1").headers(), DeadLetterHeaders.STAGE))
                .isEqualTo("query-service");
        assertThat(EventHeaders.get(parked.get("09BROKEN1").headers(), EventHeaders.IMPORT_ID)).isEqualTo("import-9");
        assertThat(EventHeaders.get(parked.get("09OTHER2").headers(), DeadLetterHeaders.REASON))
                .isEqualTo("key differs from cable.referenceId 09BROKEN2");
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'index-feeder' }.data.deadLettered", equalTo(2));
    }

    @Test
    void tombstoneRemovesTheCable() {
        publish(cable("10ROME5").subject("ITALY: TIRAMISU"));
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.admin()).get("/cables/10ROME5").then().statusCode(200));

        TestKafka.produce(bootstrap, Topics.ENRICHED.name(), "10ROME5", null, new RecordHeaders());

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.admin()).get("/cables/10ROME5").then().statusCode(404));
    }

    @Test
    void liveFeedSendsTheMatchingCablesPublishedAfterSubscribing() throws Exception {
        try (var client = SseClient.open(base.resolve("cables/live?q=subject:walrus&access_token=" + TestTokens.admin()))) {
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.next(WAIT).name()).isEqualTo("subscribed");

            publish(cable("11OSLO2").subject("NORWAY: HERRING QUOTAS"));
            await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.admin()).get("/cables/11OSLO2").then().statusCode(200));
            publish(cable("11OSLO1").subject("NORWAY: WALRUS CENSUS"));

            SseClient.Event event = client.next(WAIT);
            assertThat(event.name()).isEqualTo("cable");
            assertThat(Json.MAPPER.readTree(event.data()).get("id").asText()).isEqualTo("11OSLO1");
        }
    }

    @Test
    void originalTextIsTheRawRecordAsReceivedServedAsPlainText() {
        var cable = cable("12ANKARA9").subject("TURKEY: <b>KILIM</b> TRADE").enrichedAt(Instant.now().toString());
        String hash = cable.build().cable().contentHash();
        String received = "<html><body><pre>TURKEY: &lt;b&gt;KILIM&lt;/b&gt; TRADE\r\n<script>alert(1)</script></pre></body></html>";
        TestKafka.produce(bootstrap, Topics.RAW.name(), "12ANKARA9", Topics.RAW.encode(new RawCable("12ANKARA9",
                        "import-1", hash, "html", new CableSource("ankara.html", null), null, Instant.now(), received)),
                EventHeaders.of(Topics.RAW, "12ANKARA9", "ingest-service", TraceParent.newRoot(), "import-1"));
        publish(cable);
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.admin()).get("/cables/12ANKARA9").then().statusCode(200));

        String text = given().auth().oauth2(TestTokens.admin()).get("/cables/12ANKARA9/original")
                .then().statusCode(200)
                .contentType("text/plain;charset=UTF-8")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("sandbox"))
                .extract().asString();
        assertThat(text).isEqualTo(received);
        given().auth().oauth2(TestTokens.admin()).queryParam("version", 1).get("/cables/12ANKARA9/original").then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).queryParam("version", 2).get("/cables/12ANKARA9/original")
                .then().statusCode(400)
                .body("detail", equalTo("version: cable 12ANKARA9 has versions 1 to 1, not 2"));
        given().auth().oauth2(TestTokens.admin()).get("/cables/99NOWHERE1/original").then().statusCode(404)
                .body("type", equalTo("https://cablestream.io/problems/cable-not-found"));
    }

    @Test
    void originalTextOfEachVersionIsReadAtThePositionItsEventRecorded() {
        String firstText = "TURKEY: COTTON\r\n1. First release, “quoted” – Zürich.\r\n";
        String secondText = "<pre>TURKEY: COTTON</pre>\n1. Second release.\n";
        var first = cable("12ADANA3").subject("TURKEY: COTTON").body("First release.");
        var second = cable("12ADANA3").subject("TURKEY: COTTON").body("Second release.");
        // enriched before the raw records were written: searching backwards from then cannot find them
        first.enrichedAt(Instant.now().minus(Duration.ofHours(2)).toString())
                .rawPosition(publishRaw("12ADANA3", first.build().cable().contentHash(), firstText));
        second.enrichedAt(Instant.now().minus(Duration.ofHours(1)).toString())
                .rawPosition(publishRaw("12ADANA3", second.build().cable().contentHash(), secondText));
        publish(first);
        publish(second);
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/cables/12ADANA3/versions").then().statusCode(200).body("size()", equalTo(2)));

        assertThat(original("/cables/12ADANA3/original")).isEqualTo(secondText.getBytes(StandardCharsets.UTF_8));
        assertThat(original("/cables/12ADANA3/original?version=1")).isEqualTo(firstText.getBytes(StandardCharsets.UTF_8));
        assertThat(original("/cables/12ADANA3/original?version=2")).isEqualTo(secondText.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void originalTextGoneFromItsRecordedPositionIsAProblemSayingWhere() {
        var cable = cable("12MERSIN8").subject("TURKEY: LEMONS").enrichedAt(Instant.now().toString())
                .rawPosition(new RecordPosition(0, 1_000_000));
        publish(cable);
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.admin()).get("/cables/12MERSIN8").then().statusCode(200));

        given().auth().oauth2(TestTokens.admin()).get("/cables/12MERSIN8/original")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cablestream.io/problems/original-not-found"))
                .body("detail", containsString("is no longer on cables.raw.v1 at partition 0, offset 1000000"));
    }

    @Test
    void originalTextMissingFromTheRawTopicIsAProblemSayingWhy() {
        var cable = cable("12IZMIR4").subject("TURKEY: FIGS").enrichedAt(Instant.now().toString());
        publish(cable);
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.admin()).get("/cables/12IZMIR4").then().statusCode(200));

        given().auth().oauth2(TestTokens.admin()).get("/cables/12IZMIR4/original")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cablestream.io/problems/original-not-found"))
                .body("detail", containsString("The original text of 12IZMIR4 version 1 ("
                        + cable.build().cable().contentHash() + ") is not on cables.raw.v1"))
                .body("detail", containsString("its event predates raw positions"));
    }

    private byte[] original(String path) {
        return given().auth().oauth2(TestTokens.admin()).get(path).then().statusCode(200).extract().asByteArray();
    }

    private RecordPosition publishRaw(String id, String hash, String text) {
        var stored = TestKafka.produce(bootstrap, Topics.RAW.name(), id, Topics.RAW.encode(new RawCable(id, "import-1",
                        hash, "auto", new CableSource("test", null), null, Instant.now(), text)),
                EventHeaders.of(Topics.RAW, id, "ingest-service", TraceParent.newRoot(), "import-1"));
        return new RecordPosition(stored.partition(), stored.offset());
    }

    private void publish(TestCables cable) {
        byte[] json = cable.json();
        EventSchemas.assertValid(Topics.ENRICHED, json);
        String id = Topics.ENRICHED.decode(json).cable().referenceId();
        TestKafka.produce(bootstrap, Topics.ENRICHED.name(), id, json,
                EventHeaders.of(Topics.ENRICHED, id, "enrich-service", TraceParent.newRoot(), "import-1"));
    }
}
