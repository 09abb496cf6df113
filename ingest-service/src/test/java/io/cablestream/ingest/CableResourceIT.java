package io.cablestream.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.EventSchemas;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestKafka;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class CableResourceIT {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void acceptsACableOnlyOnceItIsOnTheRawTopic() {
        String text = fixture("09VALLETTA412.txt");

        given().contentType("text/plain").body(text)
                .when().post("/cables")
                .then().statusCode(202)
                .body("referenceId", equalTo("09VALLETTA412"))
                .body("importId", startsWith("imp-"))
                .body("contentHash", startsWith("sha256:"));

        var record = TestKafka.consume(bootstrap, Topics.RAW.name(), 1, Duration.ofSeconds(10)).stream()
                .filter(r -> r.key().equals("09VALLETTA412")).findFirst().orElseThrow();
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
    void refusesAnEmptyBodyWithAProblemDocument() {
        given().contentType("text/plain").body("   ")
                .when().post("/cables")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cablestream.io/problems/empty-body"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/cables"));
    }

    @Test
    void refusesTextThatIsNotACableAndSaysWhatWasExpected() {
        given().contentType("text/plain").body("Dear editor, here is my shopping list: eggs, milk.")
                .when().post("/cables")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Not a cable"))
                .body("detail", containsString("no reference ID found"));
    }

    @Test
    void refusesAnUnknownFormatName() {
        given().contentType("text/plain").queryParam("format", "pdf").body(fixture("09VALLETTA412.txt"))
                .when().post("/cables")
                .then().statusCode(400)
                .body("detail", containsString("'pdf' is not one of auto, seed, html, csv, text"));
    }

    static String fixture(String name) {
        try (var in = CableResourceIT.class.getResourceAsStream("/cables/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
