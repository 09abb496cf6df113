package io.cablestream.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Import progress relayed from ingest-service (a stand-in on a free port) to the web UI's origin. */
@QuarkusTest
@WithTestResource(FakeIngestService.class)
class ImportRelayTests {

    @Test
    void listAndStatusComeFromIngestUnchangedWithTheCallersAuthorization() {
        String listToken = TestTokens.ingest("*");
        String statusToken = TestTokens.ingest("default");
        String list = given().auth().oauth2(listToken).queryParam("limit", 5)
                .get("/imports")
                .then().statusCode(200).contentType("application/json")
                .extract().asString();
        assertThat(list).isEqualTo("[" + FakeIngestService.STATUS + "]");
        assertThat(FakeIngestService.LAST_AUTHORIZATION.get()).isEqualTo("Bearer " + listToken);
        assertThat(FakeIngestService.LAST_QUERY.get()).isEqualTo("limit=5");

        given().auth().oauth2(statusToken)
                .get("/imports/imp-1")
                .then().statusCode(200)
                .body("importId", equalTo("imp-1"))
                .body("indexed", equalTo(3));
        assertThat(FakeIngestService.LAST_AUTHORIZATION.get()).isEqualTo("Bearer " + statusToken);
    }

    @Test
    void ingestsOwnProblemsPassThrough() {
        given().auth().oauth2(TestTokens.admin()).get("/imports/imp-9")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("there is no import 'imp-9'"));
    }

    @Test
    void nothingIsRelayedWithoutAToken() {
        FakeIngestService.LAST_AUTHORIZATION.set("none yet");

        given().get("/imports/imp-1").then().statusCode(401);
        assertThat(FakeIngestService.LAST_AUTHORIZATION.get()).isEqualTo("none yet");
    }

    @Test
    void ingestTooSlowIsAGatewayTimeoutProblem() {
        given().auth().oauth2(TestTokens.admin()).get("/imports/imp-slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cablestream.io/problems/ingest-unavailable"))
                .body("detail", containsString("did not answer /imports/imp-slow within 1 s"));
    }
}
