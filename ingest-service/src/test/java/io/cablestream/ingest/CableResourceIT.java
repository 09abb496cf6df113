package io.cablestream.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.EventSchemas;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeQueryService.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CableResourceIT {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void acceptsACableOnlyOnceItIsOnTheRawTopic() {
        String text = fixture("09VALLETTA412.txt");

        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(text)
                .when().post("/cables")
                .then().statusCode(202)
                .body("referenceId", equalTo("09VALLETTA412"))
                .body("importId", startsWith("imp-"))
                .body("contentHash", startsWith("sha256:"))
                .body("duplicate", equalTo(false));

        var record = rawRecordsOf("09VALLETTA412", 1).getFirst();
        EventSchemas.assertValid(Topics.RAW, record.value());
        RawCable raw = Topics.RAW.decode(record.value());
        assertThat(raw.text()).isEqualTo(text);
        assertThat(raw.format()).isEqualTo("text");
        assertThat(EventHeaders.get(record.headers(), EventHeaders.TYPE)).isEqualTo("io.cablestream.cable.raw.v1");
        assertThat(EventHeaders.get(record.headers(), EventHeaders.SOURCE)).isEqualTo("/cablestream/ingest-service");
        assertThat(EventHeaders.get(record.headers(), EventHeaders.IMPORT_ID)).isEqualTo(raw.importId());
        assertThat(EventHeaders.get(record.headers(), EventHeaders.TRACEPARENT)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void acceptsJsonWithTextSourceAndMetadata() {
        int serial = SyntheticCables.nextSerial();
        var submission = Map.of("text", SyntheticCables.telegram(serial, "Sent as JSON."), "source", "tips/desk-7",
                "metadata", Map.of("referenceId", SyntheticCables.referenceId(serial), "classification", "CONFIDENTIAL",
                        "origin", "Embassy Valletta", "created", "2009-03-14T14:15:00Z"));

        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(submission)
                .when().post("/cables")
                .then().statusCode(202)
                .body("referenceId", equalTo(SyntheticCables.referenceId(serial)));

        RawCable raw = Topics.RAW.decode(rawRecordsOf(SyntheticCables.referenceId(serial), 1).getFirst().value());
        assertThat(raw.source().name()).isEqualTo("tips/desk-7");
        assertThat(raw.metadata().classification()).isEqualTo("CONFIDENTIAL");
        assertThat(raw.metadata().created()).isEqualTo("2009-03-14T14:15:00Z");
    }

    @Test
    void publishesTheCableIntoTheCollectionNamedByTheRequestOrTheDefaultOne() {
        int named = SyntheticCables.nextSerial();
        int unnamed = SyntheticCables.nextSerial();

        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(SyntheticCables.telegram(named, "Into a collection."))
                .queryParam("collection", "newsroom-2010")
                .when().post("/cables").then().statusCode(202);
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(SyntheticCables.telegram(unnamed, "Into none."))
                .when().post("/cables").then().statusCode(202);

        assertThat(Topics.RAW.decode(rawRecordsOf(SyntheticCables.referenceId(named), 1).getFirst().value())
                .collection()).isEqualTo("newsroom-2010");
        assertThat(Topics.RAW.decode(rawRecordsOf(SyntheticCables.referenceId(unnamed), 1).getFirst().value())
                .collection()).isEqualTo(RawCable.DEFAULT_COLLECTION);
    }

    @Test
    void refusesACollectionNameThatIsNotOne() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(SyntheticCables.telegram(SyntheticCables.nextSerial(), "Nowhere."))
                .queryParam("collection", "../etc")
                .when().post("/cables")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("collection is '../etc'"));
    }

    @Test
    void countsTheSameCableSentTwiceAsADuplicateWithoutRepublishingIt() {
        int serial = SyntheticCables.nextSerial();
        String text = SyntheticCables.telegram(serial, "Sent twice.");
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(text).when().post("/cables").then().statusCode(202);

        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(text)
                .when().post("/cables")
                .then().statusCode(200)
                .body("duplicate", equalTo(true));

        assertThat(rawRecordsOf(SyntheticCables.referenceId(serial), 1)).hasSize(1);
    }

    @Test
    void cablesPostedAtTheSameTimeAreEachStoredOnceAndAnsweredAfterTheirSharedCommit() throws Exception {
        List<Integer> serials = IntStream.range(0, 30).mapToObj(i -> SyntheticCables.nextSerial()).toList();
        int repeated = SyntheticCables.nextSerial();
        String repeatedText = SyntheticCables.telegram(repeated, "Posted six times at once.");
        List<Callable<Response>> posts = new ArrayList<>();
        serials.forEach(serial -> posts.add(() -> post(SyntheticCables.telegram(serial, "Posted with others."))));
        IntStream.range(0, 6).forEach(i -> posts.add(() -> post(repeatedText)));

        List<Response> answers = new ArrayList<>();
        try (var clients = Executors.newFixedThreadPool(posts.size())) {
            for (var answer : clients.invokeAll(posts)) {
                answers.add(answer.get());
            }
        }

        var distinct = answers.subList(0, serials.size());
        assertThat(distinct).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(202));
        assertThat(distinct.stream().map(answer -> answer.path("importId")).distinct()).hasSize(serials.size());
        var copies = answers.subList(serials.size(), answers.size());
        assertThat(copies.stream().filter(answer -> answer.statusCode() == 202)).hasSize(1);
        assertThat(copies.stream().filter(answer -> answer.statusCode() == 200 && answer.<Boolean>path("duplicate")))
                .hasSize(5);
        for (int serial : serials) {
            assertThat(rawRecordsOf(SyntheticCables.referenceId(serial), 1)).hasSize(1);
        }
        assertThat(rawRecordsOf(SyntheticCables.referenceId(repeated), 1)).hasSize(1);
    }

    private static Response post(String text) {
        return given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(text).when().post("/cables")
                .andReturn();
    }

    @Test
    void publishesANewVersionWhenTheSameReferenceIdComesWithOtherContent() {
        int serial = SyntheticCables.nextSerial();
        String redacted = given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(SyntheticCables.telegram(serial, "Names XXXXXXXX."))
                .when().post("/cables").then().statusCode(202).extract().path("contentHash");

        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(SyntheticCables.telegram(serial, "Names Victor Abela."))
                .when().post("/cables")
                .then().statusCode(202)
                .body("contentHash", not(equalTo(redacted)));

        assertThat(rawRecordsOf(SyntheticCables.referenceId(serial), 2))
                .extracting(r -> Topics.RAW.decode(r.value()).contentHash()).doesNotHaveDuplicates();
    }

    @Test
    void refusesAnEmptyBodyWithAProblemDocument() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body("   ")
                .when().post("/cables")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cablestream.io/problems/empty-body"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/cables"));
    }

    @Test
    void refusesTextThatIsNotACableAndSaysWhatWasExpected() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body("Dear editor, here is my shopping list: eggs, milk.")
                .when().post("/cables")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Not a cable"))
                .body("detail", containsString("no reference ID found"));
    }

    @Test
    void refusesACableLargerThanTheLimitWith413() {
        String huge = SyntheticCables.telegram(SyntheticCables.nextSerial(), "x".repeat(300_000));

        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(huge)
                .when().post("/cables")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("the limit is 262144 bytes (cablestream.ingest.max-cable-bytes)"));
    }

    @Test
    void refusesAnUnknownFormatName() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").queryParam("format", "pdf").body(fixture("09VALLETTA412.txt"))
                .when().post("/cables")
                .then().statusCode(400)
                .body("detail", containsString("'pdf' is not one of auto, seed, html, csv, text"));
    }

    List<ConsumerRecord<String, byte[]>> rawRecordsOf(String referenceId, int atLeast) {
        return TopicRecords.keyed(bootstrap, Topics.RAW.name(), referenceId, atLeast);
    }

    static String fixture(String name) {
        try (var in = CableResourceIT.class.getResourceAsStream("/cables/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
