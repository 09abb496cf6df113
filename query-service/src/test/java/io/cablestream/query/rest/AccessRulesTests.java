package io.cablestream.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.auth.TokenMinter;
import io.cablestream.contract.json.Json;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    void everyEndpointOfTheApiHasAnAccessRule() throws IOException {
        assertThat(endpoints()).containsExactlyInAnyOrderElementsOf(RULES.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAdmitsExactlyTheRolesItsRuleGrants() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String endpoint : endpoints()) {
            tests.add(DynamicTest.dynamicTest(endpoint + " as nobody", () -> {
                HttpResponse<InputStream> response = call(endpoint, null);
                assertThat(response.statusCode()).as(endpoint + " without a token").isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Bearer"));
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            }));
            for (String role : Roles.ALL) {
                tests.add(DynamicTest.dynamicTest(endpoint + " as " + role, () -> {
                    int status = call(endpoint, TestTokens.token(List.of(role), "TOP SECRET", List.of("*")))
                            .statusCode();
                    if (RULES.getOrDefault(endpoint, Set.of()).contains(role)) {
                        assertThat(status).as(endpoint + " as " + role).isNotIn(401, 403);
                    } else {
                        assertThat(status).as(endpoint + " as " + role).isEqualTo(403);
                    }
                }));
            }
        }
        return tests.stream();
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

    private HttpResponse<InputStream> call(String endpoint, String token) throws IOException, InterruptedException {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{id}", "07MOSCOW3804").replace("{importId}", "imp-1").substring(1);
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response;
    }

    private static Set<String> endpoints() throws IOException {
        JsonNode document = Json.MAPPER.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asByteArray());
        Set<String> endpoints = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> endpoints.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        return endpoints;
    }
}
