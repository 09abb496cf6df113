package io.cablestream.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(UnreachableBrokerIT.NoBroker.class)
class UnreachableBrokerIT {

    /** Points ingest at a port where no broker listens, with a short acknowledgement timeout. */
    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + unusedPort(),
                    "cablestream.ingest.ack-timeout", "2s",
                    "cablestream.ingest.retry-after-seconds", "7");
        }
    }

    @Test
    void answers503WithRetryAfterWhenTheBrokerCannotAcknowledge() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(CableResourceIT.fixture("09VALLETTA412.txt"))
                .when().post("/cables")
                .then().statusCode(503)
                .header("Retry-After", "7")
                .contentType("application/problem+json")
                .body("title", equalTo("Broker unavailable"))
                .body("detail", containsString("the broker did not answer within 2 s; retry the request"));
    }

    @Test
    void reportsNotReadyWithoutABroker() {
        given().when().get("/q/health/ready").then().statusCode(503);
    }

    private static int unusedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
