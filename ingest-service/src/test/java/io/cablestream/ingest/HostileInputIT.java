package io.cablestream.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.FetchTrap;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Hostile bodies on POST /cables and POST /imports: malformed encodings and entity definitions end as a cable or
 * a precise problem document, never a server error, and no entity is expanded or fetched.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeQueryService.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HostileInputIT {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void acceptsACableWithInvalidUtf8BytesKeepingTheRestOfItsText() {
        int serial = SyntheticCables.nextSerial();
        byte[] body = withBytesAt(SyntheticCables.telegram(serial, "Port @ visit."), "@", (byte) 0xC3, (byte) 0x28, (byte) 0xFF);

        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(body)
                .when().post("/cables")
                .then().statusCode(202)
                .body("referenceId", equalTo(SyntheticCables.referenceId(serial)));

        assertThat(rawText(serial)).contains("Port \uFFFD(\uFFFD visit.");
    }

    @Test
    void refusesNulBytesWithAProblemDocument() {
        byte[] body = withBytesAt(SyntheticCables.telegram(SyntheticCables.nextSerial(), "Port @ visit."), "@", (byte) 0, (byte) 0);

        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(body)
                .when().post("/cables")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cablestream.io/problems/not-text"))
                .body("detail", containsString("NUL characters"));
    }

    @Test
    void refusesUtf16BodiesNamingTheEncoding() {
        String text = SyntheticCables.telegram(SyntheticCables.nextSerial(), "Sent in UTF-16.");

        for (String contentType : new String[] {"text/plain", "text/plain; charset=UTF-16"}) {
            given().auth().oauth2(TestTokens.admin()).contentType(contentType).body(text.getBytes(StandardCharsets.UTF_16))
                    .when().post("/cables")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://cablestream.io/problems/not-text"))
                    .body("detail", containsString("looks like UTF-16"))
                    .body("detail", containsString("iconv -f UTF-16 -t UTF-8"));
        }
    }

    @Test
    void importsAFileInUtf16WithAByteOrderMark() {
        int serial = SyntheticCables.nextSerial();
        byte[] file = SyntheticCables.telegram(serial, "A UTF-16 file.").getBytes(StandardCharsets.UTF_16);

        given().auth().oauth2(TestTokens.admin()).contentType("application/octet-stream").queryParam("name", "utf16.txt").body(file)
                .when().post("/imports")
                .then().statusCode(202)
                .body("accepted", equalTo(1))
                .body("rejected", equalTo(0));

        assertThat(rawText(serial)).contains("A UTF-16 file.").doesNotStartWith("\uFEFF");
    }

    @Test
    void importsACsvWithInvalidBytesAndRejectsItsNulRecordByLine() {
        int[] serials = {SyntheticCables.nextSerial(), SyntheticCables.nextSerial()};
        String good = SyntheticCables.csvRecord(1, serials[0], "Fine @ text.");
        String bad = SyntheticCables.csvRecord(2, serials[1], "Binary @ text.");
        var csv = new ByteArrayOutputStream();
        csv.writeBytes(withBytesAt(good, "@", (byte) 0xFF));
        csv.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        csv.writeBytes(withBytesAt(bad, "@", (byte) 0, (byte) 0, (byte) 0));

        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").queryParam("name", "hostile.csv").body(csv.toByteArray())
                .when().post("/imports")
                .then().statusCode(202)
                .body("accepted", equalTo(1))
                .body("rejected", equalTo(1))
                .body("rejections[0].source.position", equalTo("line " + (1 + good.lines().count())))
                .body("rejections[0].reason", containsString("NUL characters"));
    }

    @Test
    void storesAPageWithEntityDefinitionsVerbatimWithoutExpandingOrFetchingThem() throws IOException {
        try (FetchTrap trap = FetchTrap.start()) {
            int serial = SyntheticCables.nextSerial();
            String page = "<!DOCTYPE html [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                    + "<!ENTITY xxe SYSTEM \"" + trap.url("/x") + "\">]>\n"
                    + "<html><body><pre>" + SyntheticCables.telegram(serial, "Laughs &lol2; and &xxe;.") + "</pre></body></html>";

            given().auth().oauth2(TestTokens.admin()).contentType("text/html").body(page)
                    .when().post("/cables")
                    .then().statusCode(202)
                    .body("referenceId", equalTo(SyntheticCables.referenceId(serial)));

            assertThat(rawText(serial)).isEqualTo(page);
            assertThat(trap.fetches()).isZero();
        }
    }

    private String rawText(int serial) {
        RawCable raw = Topics.RAW.decode(TopicRecords.keyed(bootstrap, Topics.RAW.name(),
                SyntheticCables.referenceId(serial), 1).getFirst().value());
        return raw.text();
    }

    /** {@code text} in UTF-8 with its first {@code marker} replaced by {@code bytes}. */
    private static byte[] withBytesAt(String text, String marker, byte... bytes) {
        int at = text.indexOf(marker);
        var out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
