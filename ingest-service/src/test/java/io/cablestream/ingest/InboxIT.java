package io.cablestream.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.json.Json;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeQueryService.class, scope = TestResourceScope.MATCHING_RESOURCES)
class InboxIT {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "cablestream.ingest.inbox.path")
    Path inbox;

    @Test
    void importsADroppedFileOnceAndMovesItToDoneWithItsReport() throws IOException {
        int serial = SyntheticCables.nextSerial();
        String name = "drop-" + serial + ".txt";
        drop(name, SyntheticCables.telegram(serial, "Dropped in the inbox."));

        JsonNode report = awaitReport("done", name);

        assertThat(report.path("via").asText()).isEqualTo("inbox");
        assertThat(report.path("accepted").asInt()).isEqualTo(1);
        assertThat(Files.exists(inbox.resolve("done").resolve(name))).isTrue();
        assertThat(Files.exists(inbox.resolve(name))).isFalse();
        assertThat(TopicRecords.keyed(bootstrap, Topics.RAW.name(), SyntheticCables.referenceId(serial), 1))
                .hasSize(1);
    }

    @Test
    void movesAFileWithoutAnyCableToFailedWithTheReason() throws IOException {
        String name = "letter-" + SyntheticCables.nextSerial() + ".txt";
        drop(name, "Dear editor, this is only a letter.");

        JsonNode report = awaitReport("failed", name);

        assertThat(report.path("rejected").asInt()).isEqualTo(1);
        assertThat(report.path("rejections").get(0).path("reason").asText()).contains("no reference ID found");
    }

    @Test
    void resumesAFileClaimedByARunThatStoppedWithoutImportingItsCablesTwice() throws IOException {
        int first = SyntheticCables.nextSerial();
        int second = SyntheticCables.nextSerial();
        String name = "resumed-" + first + ".csv";
        String firstRecord = SyntheticCables.csvRecord(1, first, "Stored before the stop.");
        String importId = given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("name", name))
                .when().post("/imports").then().statusCode(201).extract().path("importId");
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").queryParam("name", name).body(firstRecord)
                .when().post("/imports/" + importId + "/files").then().statusCode(202);

        Path partial = inbox.resolve("." + name);
        Files.writeString(partial, firstRecord + "\n" + SyntheticCables.csvRecord(2, second, "Arrived later."));
        Files.move(partial, inbox.resolve("processing").resolve(importId + "--" + name), StandardCopyOption.ATOMIC_MOVE);

        JsonNode report = awaitReport("done", name);
        assertThat(report.path("importId").asText()).isEqualTo(importId);
        assertThat(report.path("accepted").asInt()).isEqualTo(2);
        assertThat(report.path("duplicate").asInt()).isZero();
        assertThat(TopicRecords.keyed(bootstrap, Topics.RAW.name(), SyntheticCables.referenceId(first), 1))
                .hasSize(1);
        assertThat(TopicRecords.keyed(bootstrap, Topics.RAW.name(), SyntheticCables.referenceId(second), 1))
                .hasSize(1);
    }

    /** Writes under a temporary name, then renames, as a careful producer of inbox files does. */
    private void drop(String name, String content) throws IOException {
        Files.createDirectories(inbox);
        Path partial = inbox.resolve(name + ".part");
        Files.writeString(partial, content);
        Files.move(partial, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private JsonNode awaitReport(String folder, String name) throws IOException {
        Path report = inbox.resolve(folder).resolve(name + ".report.json");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(report)
                && Files.exists(inbox.resolve(folder).resolve(name)));
        return Json.MAPPER.readTree(report.toFile());
    }
}
