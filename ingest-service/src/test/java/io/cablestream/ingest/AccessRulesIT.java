package io.cablestream.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.cablestream.contract.auth.Roles;
import io.cablestream.testsupport.AccessRules;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what on ingest: every endpoint of the OpenAPI document has a rule here (a new endpoint
 * without one fails), and each is called as nobody (401) and with a token of each role (403 unless the
 * rule grants it); imports stay within the collections the token grants.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeQueryService.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AccessRulesIT {

    private static final Set<String> IMPORTERS = Set.of(Roles.INGEST, Roles.ADMIN);
    private static final Map<String, Set<String>> RULES = Map.of(
            "POST /cables", IMPORTERS,
            "POST /imports", IMPORTERS,
            "GET /imports", IMPORTERS,
            "GET /imports/{importId}", IMPORTERS,
            "POST /imports/{importId}/files", IMPORTERS,
            "POST /imports/{importId}/close", IMPORTERS);

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyEndpointOfTheApiHasAnAccessRule() throws IOException, InterruptedException {
        accessRules().assertEveryEndpointHasARule();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAdmitsExactlyTheRolesItsRuleGrants() throws IOException, InterruptedException {
        return accessRules().checks();
    }

    @Test
    void aMissingRoleIsRefusedNamingTheRolesNeeded() {
        given().auth().oauth2(TestTokens.reader("SECRET", "*")).get("/imports")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("ingest or admin"));
    }

    @Test
    void importsOnlyIntoTheCollectionsTheTokenGrants() {
        String deskA = TestTokens.ingest("desk-a");
        String text = SyntheticCables.telegram(SyntheticCables.nextSerial(), "Into desk b.");

        given().auth().oauth2(deskA).contentType("text/plain").body(text).queryParam("collection", "desk-b")
                .post("/cables").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("does not grant the collection 'desk-b'"));
        given().auth().oauth2(deskA).contentType("text/plain").body(text).post("/cables").then().statusCode(403);
        given().auth().oauth2(deskA).contentType("text/plain").body(text).queryParam("collection", "desk-a")
                .post("/cables").then().statusCode(202);
    }

    @Test
    void anImportOfAnotherCollectionCannotBeReadOrAddedTo() {
        String importId = given().auth().oauth2(TestTokens.ingest("desk-b")).contentType("application/json")
                .body("{\"name\": \"b\"}").queryParam("collection", "desk-b")
                .post("/imports").then().statusCode(201).extract().path("importId");
        String deskA = TestTokens.ingest("desk-a");

        given().auth().oauth2(deskA).get("/imports/" + importId).then().statusCode(403);
        given().auth().oauth2(deskA).contentType("text/plain").body("x").post("/imports/" + importId + "/files")
                .then().statusCode(403);
        given().auth().oauth2(deskA).post("/imports/" + importId + "/close").then().statusCode(403);
        assertThat(given().auth().oauth2(deskA).queryParam("limit", 1000).get("/imports").then().statusCode(200)
                .extract().jsonPath().getList("importId", String.class)).doesNotContain(importId);
        given().auth().oauth2(TestTokens.ingest("desk-b")).get("/imports/" + importId).then().statusCode(200)
                .body("importId", equalTo(importId));
    }

    @Test
    void theListHoldsUpToLimitImportsOfTheGrantedCollectionsEvenWhenOthersAreNewer() {
        List<String> ofDeskC = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ofDeskC.add(openImport("desk-c", "c" + i));
        }
        for (int i = 0; i < 3; i++) {
            openImport("desk-d", "d" + i);
        }

        List<String> listed = given().auth().oauth2(TestTokens.ingest("desk-c")).queryParam("limit", 2).get("/imports")
                .then().statusCode(200).extract().jsonPath().getList("importId", String.class);

        assertThat(listed).containsExactlyInAnyOrderElementsOf(ofDeskC);
    }

    private static String openImport(String collection, String name) {
        return given().auth().oauth2(TestTokens.ingest(collection)).contentType("application/json")
                .body("{\"name\": \"" + name + "\"}").queryParam("collection", collection)
                .post("/imports").then().statusCode(201).extract().path("importId");
    }

    private AccessRules accessRules() {
        return new AccessRules(base, RULES)
                .pathValue("importId", "imp-unknown")
                .body("POST /cables", "text/plain", " ")
                .body("POST /imports", "application/json", "{}")
                .body("POST /imports/{importId}/files", "text/plain", "x");
    }
}
