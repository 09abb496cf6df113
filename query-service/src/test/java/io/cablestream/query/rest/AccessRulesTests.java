package io.cablestream.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.auth.TokenMinter;
import io.cablestream.testsupport.AccessRules;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what: every endpoint of the OpenAPI document has a rule here (a new endpoint without
 * one fails), and each is called as nobody (401), and with a token of each role (403 unless the
 * rule grants it; what a granted call answers, e.g. 404 or 503 with no ingest-service here, is other
 * tests' business). Health, metrics and the OpenAPI document stay open.
 */
@QuarkusTest
class AccessRulesTests {

    private static final Set<String> READERS = Set.of(Roles.READ, Roles.ADMIN);
    private static final Map<String, Set<String>> RULES = Map.ofEntries(
            Map.entry("GET /cables", READERS),
            Map.entry("GET /cables/{id}", READERS),
            Map.entry("GET /cables/export", READERS),
            Map.entry("GET /cables/live", READERS),
            Map.entry("GET /cables/{id}/references", READERS),
            Map.entry("GET /cables/{id}/cited-by", READERS),
            Map.entry("GET /cables/{id}/versions", READERS),
            Map.entry("GET /cables/{id}/versions/diff", READERS),
            Map.entry("GET /cables/{id}/original", READERS),
            Map.entry("GET /tags", READERS),
            Map.entry("GET /origins", READERS),
            Map.entry("GET /countries", READERS),
            Map.entry("GET /people", READERS),
            Map.entry("GET /organizations", READERS),
            Map.entry("GET /histogram", READERS),
            Map.entry("GET /stats", READERS),
            Map.entry("GET /imports", Set.of(Roles.INGEST, Roles.READ, Roles.ADMIN)),
            Map.entry("GET /imports/{importId}", Set.of(Roles.INGEST, Roles.READ, Roles.ADMIN)),
            Map.entry("GET /imports/{importId}/indexed", Set.of(Roles.INGEST, Roles.READ, Roles.ADMIN)));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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
    void refusesTokensSignedByAnotherKeyOrExpired() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = new TokenMinter(generator.generateKeyPair().getPrivate(), Roles.LOCAL_ISSUER)
                .mint("mallory", List.of(Roles.ADMIN), null, null, Duration.ofHours(1));

        given().auth().oauth2(forged).get("/stats").then().statusCode(401);
        given().auth().oauth2(TestTokens.expired()).get("/stats").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void acceptsATokenInTheUrlOnlyOnTheLiveFeed() throws Exception {
        given().queryParam("access_token", TestTokens.admin()).get("/stats").then().statusCode(401);
        HttpResponse<InputStream> live = HTTP.send(HttpRequest.newBuilder(
                base.resolve("cables/live?access_token=" + TestTokens.admin())).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        live.body().close();

        assertThat(live.statusCode()).isEqualTo(200);
    }

    @Test
    void aClearanceThatNamesNoLevelIsRefusedWithTheReason() {
        given().auth().oauth2(TestTokens.reader("COSMIC", "*")).get("/stats")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("clearance must be UNCLASSIFIED"));
    }

    @Test
    void aMissingRoleIsRefusedNamingTheRolesNeeded() {
        given().auth().oauth2(TestTokens.ingest("*")).get("/stats")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("read or admin"));
    }

    @Test
    void healthMetricsAndTheApiDescriptionNeedNoToken() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/").then().statusCode(200);
    }

    private AccessRules accessRules() {
        return new AccessRules(base, RULES).pathValue("id", "07MOSCOW3804").pathValue("importId", "imp-1");
    }
}
