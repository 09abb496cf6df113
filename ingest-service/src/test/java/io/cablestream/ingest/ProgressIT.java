package io.cablestream.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.cablestream.contract.event.ImportEvent;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.header.DeadLetterHeaders;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.EventSchemas;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestKafka;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Progress of an import through the pipeline. The downstream stages are played by this test: it
 * writes records carrying the import's header to the real topics, as parse, enrich and the dead-letter
 * paths would.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeQueryService.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProgressIT {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void followsAnImportThroughParsedEnrichedDeadLettersAndIndexedUntilDone() {
        int[] serials = IntStream.range(0, 3).map(i -> SyntheticCables.nextSerial()).toArray();
        String csv = String.join("\n", SyntheticCables.csvRecord(1, serials[0], "A."),
                SyntheticCables.csvRecord(2, serials[1], "B."), SyntheticCables.csvRecord(3, serials[2], "C."));
        String importId = given().auth().oauth2(TestTokens.admin()).contentType("text/csv").queryParam("name", "batch.csv").body(csv)
                .when().post("/imports").then().statusCode(202)
                .body("status", equalTo("processing"))
                .body("percent", equalTo(0))
                .extract().path("importId");

        List<RawCable> raws = IntStream.of(serials).mapToObj(s -> Topics.RAW.decode(TopicRecords.keyed(
                bootstrap, Topics.RAW.name(), SyntheticCables.referenceId(s), 1).getFirst().value())).toList();
        downstream(Topics.PARSED.name(), raws.get(0), importId);
        downstream(Topics.PARSED.name(), raws.get(1), importId);
        deadLetter(Topics.RAW.deadLetterName(), raws.get(2), importId, "no TAGS line and no subject");
        downstream(Topics.ENRICHED.name(), raws.get(0), importId);
        downstream(Topics.ENRICHED.name(), raws.get(1), importId);

        JsonPath status = awaitStatus(importId, "enriched", 2);
        assertThat(status.getInt("parsed")).isEqualTo(2);
        assertThat(status.getInt("parseFailed")).isEqualTo(1);
        assertThat(status.getInt("completed")).isEqualTo(3);
        assertThat(status.getString("indexed")).isNull();
        assertThat(status.getList("notes", String.class)).anySatisfy(n -> assertThat(n).contains("indexed count unknown"));
        assertThat(status.getString("rejections.find { it.reason.contains('no TAGS line') }.source.position"))
                .isEqualTo("line " + (1 + 2 * SyntheticCables.csvRecord(1, serials[0], "A.").lines().count()));

        FakeQueryService.setIndexed(importId, 1);
        assertThat(get(importId).getString("status")).isEqualTo("processing");
        assertThat(get(importId).getInt("percent")).isEqualTo(66);
        FakeQueryService.setIndexed(importId, 2);
        given().auth().oauth2(TestTokens.admin()).when().get("/imports/" + importId)
                .then().statusCode(200)
                .body("indexed", equalTo(2))
                .body("completed", equalTo(3))
                .body("percent", equalTo(100))
                .body("status", equalTo("done"));
    }

    @Test
    void publishesImportProgressThatFitsItsSchema() {
        String importId = given().auth().oauth2(TestTokens.admin()).contentType("text/plain")
                .body(SyntheticCables.telegram(SyntheticCables.nextSerial(), "Schema."))
                .when().post("/cables").then().statusCode(202).extract().path("importId");

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.all(bootstrap, Topics.IMPORTS.name()).stream()
                .filter(r -> r.key().startsWith(importId)).toList();

        assertThat(records).extracting(ConsumerRecord::key).contains(importId, importId + "/part/http");
        records.forEach(r -> EventSchemas.assertValid(Topics.IMPORTS, r.value()));
        assertThat(records).extracting(r -> Topics.IMPORTS.decode(r.value())).extracting(ImportEvent::importId)
                .containsOnly(importId);
        var versions = TopicRecords.all(bootstrap, Topics.VERSIONS.name());
        versions.forEach(r -> EventSchemas.assertValid(Topics.VERSIONS, r.value()));
        assertThat(versions).extracting(r -> Topics.VERSIONS.decode(r.value()).importId()).contains(importId);
    }

    private JsonPath awaitStatus(String importId, String field, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> get(importId).getInt(field) == expected);
        return get(importId);
    }

    private static JsonPath get(String importId) {
        return given().auth().oauth2(TestTokens.admin()).when().get("/imports/" + importId).then().statusCode(200).extract().jsonPath();
    }

    private void downstream(String topic, RawCable raw, String importId) {
        var headers = EventHeaders.of(Topics.PARSED, raw.referenceId(), "test", TraceParent.newRoot(), importId);
        TestKafka.produce(bootstrap, topic, raw.referenceId(), "{}".getBytes(), headers);
    }

    private void deadLetter(String topic, RawCable raw, String importId, String reason) {
        var headers = EventHeaders.of(Topics.RAW, raw.referenceId(), "ingest-service", TraceParent.newRoot(), importId);
        EventHeaders.put(headers, DeadLetterHeaders.REASON, reason);
        EventHeaders.put(headers, DeadLetterHeaders.STAGE, "parse-service");
        TestKafka.produce(bootstrap, topic, raw.referenceId(), Topics.RAW.encode(raw), headers);
    }
}
