package io.cablestream.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The size limits of ingest's file and archive paths, each refusing input just over it (small limits set for the test). */
@QuarkusTest
@TestProfile(InputLimitsIT.SmallLimits.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeQueryService.class, scope = TestResourceScope.MATCHING_RESOURCES)
class InputLimitsIT {

    /** Files read whole up to 16 KiB; archives of at most 2 entries and 24 KiB uncompressed. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cablestream.ingest.max-file-bytes", "16384",
                    "cablestream.ingest.archive.max-entries", "2",
                    "cablestream.ingest.archive.max-total-bytes", "24576");
        }
    }

    @Test
    void refusesATextFileLargerThanMaxFileBytesNamingTheSetting() {
        String file = SyntheticCables.telegram(SyntheticCables.nextSerial(), "Long. ".repeat(3_000));

        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").queryParam("name", "big.txt").body(file)
                .when().post("/imports")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("big.txt"))
                .body("detail", containsString("cablestream.ingest.max-file-bytes"));
    }

    @Test
    void rejectsAnNdjsonLineLongerThanTwiceMaxCableBytesByItsNumber() {
        String huge = "{\"text\": \"" + "x".repeat(2 * 262_144 + 10) + "\"}";

        given().auth().oauth2(TestTokens.admin()).contentType("application/x-ndjson").queryParam("name", "huge.ndjson").body((huge + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/imports")
                .then().statusCode(422)
                .body("detail", containsString("huge.ndjson, line 1: the line is longer than 524288 characters"));
    }

    @Test
    void refusesAnArchiveWithMoreEntriesThanMaxEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            entries.put("cable" + i + ".txt", SyntheticCables.telegram(SyntheticCables.nextSerial(), "Entry.")
                    .getBytes(StandardCharsets.UTF_8));
        }

        given().auth().oauth2(TestTokens.admin()).contentType("application/zip").queryParam("name", "many.zip").body(Archives.zip(entries))
                .when().post("/imports")
                .then().statusCode(413)
                .body("type", equalTo("https://cablestream.io/problems/too-many-entries"));
    }

    @Test
    void refusesAnArchiveWhoseEntriesTogetherExceedMaxTotalBytes() {
        Random random = new Random(7);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 2; i++) {
            StringBuilder words = new StringBuilder();
            while (words.length() < 14_000) {
                words.append((char) ('a' + random.nextInt(26)));
                words.append(random.nextInt(6) == 0 ? " " : "");
            }
            entries.put("cable" + i + ".txt", SyntheticCables.telegram(SyntheticCables.nextSerial(), words.toString())
                    .getBytes(StandardCharsets.UTF_8));
        }

        given().auth().oauth2(TestTokens.admin()).contentType("application/zip").queryParam("name", "large.zip").body(Archives.zip(entries))
                .when().post("/imports")
                .then().statusCode(413)
                .body("type", equalTo("https://cablestream.io/problems/archive-too-large"));
    }
}
