package io.cablestream.ingest;

import static io.cablestream.ingest.Archives.utf8;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeQueryService.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ImportsIT {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("imports")
    URI imports;

    @Test
    void importsACsvStreamAndRejectsAMalformedRecordWithItsLineNumber() {
        int[] serials = serials(3);
        String csv = SyntheticCables.csvHeader() + "\n"
                + SyntheticCables.csvRecord(1, serials[0], "First.") + "\n"
                + "\"2\",\"3/15/2009 10:00\",\"09VALLETTA1\",\"Embassy Valletta\",\"UNCLASSIFIED\",\"\",\"seven columns\"\n"
                + SyntheticCables.csvRecord(3, serials[1], "Third, with \"quotes\".") + "\r\n"
                + SyntheticCables.csvRecord(4, serials[2], "Fourth.") + "\n";
        int malformedLine = 2 + (int) SyntheticCables.csvRecord(1, serials[0], "First.").lines().count();

        JsonPath status = given().auth().oauth2(TestTokens.admin()).contentType("text/csv").queryParam("name", "cables.csv").body(csv)
                .when().post("/imports")
                .then().statusCode(202)
                .body("accepted", equalTo(3))
                .body("rejected", equalTo(1))
                .body("received", equalTo(4))
                .extract().jsonPath();

        assertThat(status.getString("rejections[0].source.name")).isEqualTo("cables.csv");
        assertThat(status.getString("rejections[0].source.position")).isEqualTo("line " + malformedLine);
        assertThat(status.getString("rejections[0].reason")).contains("7 columns, expected 8");
        RawCable third = Topics.RAW.decode(TopicRecords.keyed(bootstrap, Topics.RAW.name(),
                SyntheticCables.referenceId(serials[1]), 1).getFirst().value());
        assertThat(third.format()).isEqualTo("csv");
        assertThat(third.source()).isEqualTo(new CableSource("cables.csv", "line " + (malformedLine + 1)));
    }

    @Test
    void answersEveryUploadOfAClientSendingMoreAtOnceThanThereAreUploadSlots() throws Exception {
        HttpClient client = HttpClient.newHttpClient(); // prefers HTTP/2, which would multiplex the uploads on one connection
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int upload = 0; upload < 12; upload++) {
            String ndjson = IntStream.range(0, 40)
                    .mapToObj(i -> "{\"text\": " + jsonString(SyntheticCables.telegram(SyntheticCables.nextSerial(),
                            "A padded paragraph. ".repeat(150))) + "}\n")
                    .collect(Collectors.joining());
            answers.add(client.sendAsync(HttpRequest.newBuilder(imports)
                    .header("Authorization", "Bearer " + TestTokens.admin())
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(3, TimeUnit.MINUTES);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        }
    }

    @Test
    void refusesACsvOfWhichNothingIsAcceptableNamingTheLine() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").queryParam("name", "broken.csv")
                .body("\"1\",\"3/15/2009 10:00\",\"09VALLETTA1\",\"unclosed quote\n")
                .when().post("/imports")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("No cable accepted"))
                .body("detail", containsString("broken.csv, line 1: "))
                .body("detail", containsString("never closed"));
    }

    @Test
    void importsNdjsonAndRejectsBadLinesWithTheirNumber() {
        int serial = SyntheticCables.nextSerial();
        String ndjson = "{\"text\": " + jsonString(SyntheticCables.telegram(serial, "Line one.")) + ", \"source\": \"feed\"}\n"
                + "{not json}\n"
                + "{\"source\": \"no text\"}\n";

        given().auth().oauth2(TestTokens.admin()).contentType("application/x-ndjson").queryParam("name", "feed.ndjson").body(utf8(ndjson))
                .when().post("/imports")
                .then().statusCode(202)
                .body("accepted", equalTo(1))
                .body("rejected", equalTo(2))
                .body("rejections.source.position", hasItem("line 2"))
                .body("rejections.find { it.source.position == 'line 3' }.reason", containsString("no \"text\""));
    }

    @Test
    void importsEveryFileOfAMultipartUpload() {
        int[] serials = serials(3);
        String csv = SyntheticCables.csvRecord(1, serials[1], "A.") + "\n" + SyntheticCables.csvRecord(2, serials[2], "B.");

        given().auth().oauth2(TestTokens.admin()).multiPart("file", "one.txt", utf8(SyntheticCables.telegram(serials[0], "Alone.")), "text/plain")
                .multiPart("file", "two.csv", utf8(csv), "text/csv")
                .when().post("/imports")
                .then().statusCode(202)
                .body("accepted", equalTo(3))
                .body("files.name", org.hamcrest.Matchers.contains("one.txt", "two.csv"));
    }

    @Test
    void importsZipTarTarGzAndSevenZArchives() {
        for (var archive : Map.<String, java.util.function.Function<Map<String, byte[]>, byte[]>>of(
                "cables.zip", Archives::zip, "cables.tar", e -> Archives.tar(e, false),
                "cables.tar.gz", e -> Archives.tar(e, true), "cables.7z", Archives::sevenZ).entrySet()) {
            int[] serials = serials(3);
            var entries = new LinkedHashMap<String, byte[]>();
            entries.put("2009/one.txt", utf8(SyntheticCables.telegram(serials[0], "One.")));
            entries.put("2009/more.csv", utf8(SyntheticCables.csvRecord(1, serials[1], "Two.") + "\n"
                    + SyntheticCables.csvRecord(2, serials[2], "Three.")));
            entries.put("notes/readme.txt", utf8("Just notes, no cable here."));

            given().auth().oauth2(TestTokens.admin()).contentType("application/octet-stream").queryParam("name", archive.getKey())
                    .body(archive.getValue().apply(entries))
                    .when().post("/imports")
                    .then().statusCode(202)
                    .body("accepted", equalTo(3))
                    .body("rejected", equalTo(1))
                    .body("rejections[0].source.name", equalTo(archive.getKey() + "!/notes/readme.txt"));
        }
    }

    @Test
    void reimportingTheSameFileAddsNothing() {
        int[] serials = serials(2);
        String csv = SyntheticCables.csvRecord(1, serials[0], "Once.") + "\n" + SyntheticCables.csvRecord(2, serials[1], "Twice.");
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(csv).when().post("/imports").then().statusCode(202).body("accepted", equalTo(2));

        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(csv)
                .when().post("/imports")
                .then().statusCode(202)
                .body("accepted", equalTo(0))
                .body("duplicate", equalTo(2));

        assertThat(TopicRecords.keyed(bootstrap, Topics.RAW.name(), SyntheticCables.referenceId(serials[0]), 1))
                .hasSize(1);
    }

    @Test
    void aFileSentAgainToTheSameImportCountsItsStoredCablesAsAcceptedNotAsDuplicates() {
        int[] serials = serials(2);
        String csv = SyntheticCables.csvRecord(1, serials[0], "R1.") + "\n" + SyntheticCables.csvRecord(2, serials[1], "R2.");
        String importId = given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("name", "retry", "via", "cli"))
                .when().post("/imports").then().statusCode(201).extract().path("importId");
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").queryParam("name", "part.csv").body(csv)
                .when().post("/imports/" + importId + "/files").then().statusCode(202);

        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").queryParam("name", "part.csv").body(csv)
                .when().post("/imports/" + importId + "/files")
                .then().statusCode(202)
                .body("accepted", equalTo(2))
                .body("duplicate", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).when().post("/imports/" + importId + "/close")
                .then().statusCode(200)
                .body("closedAt", org.hamcrest.Matchers.notNullValue())
                .body("status", org.hamcrest.Matchers.not(equalTo("receiving")));

        assertThat(TopicRecords.keyed(bootstrap, Topics.RAW.name(), SyntheticCables.referenceId(serials[1]), 1))
                .hasSize(1);
    }

    @Test
    void refusesAZipBombByItsCompressionRatio() {
        var entries = new LinkedHashMap<String, byte[]>();
        IntStream.range(0, 3).forEach(i -> entries.put("zeros-" + i + ".txt", new byte[900_000]));

        given().auth().oauth2(TestTokens.admin()).contentType("application/zip").queryParam("name", "bomb.zip").body(Archives.zip(entries))
                .when().post("/imports")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cablestream.io/problems/zip-bomb"))
                .body("detail", containsString("compression ratio"))
                .body("detail", containsString("cablestream.ingest.archive.max-ratio"));
    }

    @Test
    void refusesAnArchiveWithAPathTraversalEntry() {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("fine.txt", utf8(SyntheticCables.telegram(SyntheticCables.nextSerial(), "Fine.")));
        entries.put("../../etc/cron.d/evil.txt", utf8("* * * * * root rm -rf /"));

        given().auth().oauth2(TestTokens.admin()).contentType("application/x-tar").queryParam("name", "evil.tar").body(Archives.tar(entries, false))
                .when().post("/imports")
                .then().statusCode(422)
                .body("type", equalTo("https://cablestream.io/problems/path-traversal"))
                .body("detail", containsString("'../../etc/cron.d/evil.txt'"));
    }

    @Test
    void refusesAnArchiveWithAnOversizedEntry() {
        String big = IntStream.range(0, 150_000).mapToObj(i -> Integer.toString(i * 7919, 36) + " word")
                .collect(Collectors.joining("\n"));

        given().auth().oauth2(TestTokens.admin()).contentType("application/zip").queryParam("name", "big.zip")
                .body(Archives.zip(Map.of("big.txt", utf8(big))))
                .when().post("/imports")
                .then().statusCode(413)
                .body("type", equalTo("https://cablestream.io/problems/entry-too-large"))
                .body("detail", containsString("entry 'big.txt' of 'big.zip'"));
    }

    @Test
    void refusesAnUnsupportedArchiveFormat() {
        byte[] rar = {'R', 'a', 'r', '!', 0x1A, 0x07, 0x00, 1, 2, 3};

        given().auth().oauth2(TestTokens.admin()).contentType("application/octet-stream").queryParam("name", "cables.rar").body(rar)
                .when().post("/imports")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("RAR archive, which ingest does not open"));
    }

    @Test
    void refusesADamagedArchiveSayingWhatIsWrong() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/zip").queryParam("name", "truncated.zip").body(new byte[] {'P', 'K', 3, 4, 9, 9})
                .when().post("/imports")
                .then().statusCode(422)
                .body("type", equalTo("https://cablestream.io/problems/damaged-archive"))
                .body("detail", containsString("'truncated.zip' cannot be read as a zip archive"));
    }

    @Test
    void refusesAnEmptyUpload() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(new byte[0])
                .when().post("/imports")
                .then().statusCode(400)
                .body("type", equalTo("https://cablestream.io/problems/empty-body"));
    }

    @Test
    void refusesAFileThatHoldsNoCable() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").queryParam("name", "letter.txt").body("Dear editor, nothing to see.")
                .when().post("/imports")
                .then().statusCode(422)
                .body("detail", containsString("letter.txt"))
                .body("detail", containsString("no reference ID found"));
    }

    @Test
    void listsImportsAndAnswers404ForAnUnknownOne() {
        String importId = given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("name", "listed"))
                .when().post("/imports").then().statusCode(201).extract().path("importId");

        given().auth().oauth2(TestTokens.admin()).when().get("/imports?limit=1000").then().statusCode(200).body("importId", hasItem(importId));
        given().auth().oauth2(TestTokens.admin()).when().get("/imports/imp-nope")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("there is no import 'imp-nope'"));
    }

    private static int[] serials(int count) {
        return IntStream.range(0, count).map(i -> SyntheticCables.nextSerial()).toArray();
    }

    private static String jsonString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
