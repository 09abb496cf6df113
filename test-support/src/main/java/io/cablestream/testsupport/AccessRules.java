package io.cablestream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A service's access rules checked against its running API: which roles each endpoint of the OpenAPI document
 * ({@code GET /q/openapi}) admits. Each endpoint is called without a token (401 with a {@code Bearer} challenge,
 * as a problem document) and with a token of each role, cleared for everything: 403 unless the rule grants the
 * role, otherwise neither 401, 403 nor an internal error (what a granted call answers, e.g. 404, is other tests'
 * business). Calls read no body, so a stream (Server-Sent Events) is fine.
 */
public final class AccessRules {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final Map<String, Set<String>> rules;
    private final Map<String, String> pathValues = new HashMap<>();
    private final Map<String, Body> bodies = new HashMap<>();

    /**
     * @param base the service's root URL
     * @param rules the roles each endpoint admits, keyed {@code METHOD /path/{param}} as the OpenAPI document names it
     */
    public AccessRules(URI base, Map<String, Set<String>> rules) {
        this.base = base;
        this.rules = Map.copyOf(rules);
    }

    /** Calls the endpoints with {@code value} in place of the path parameter {@code {name}}. */
    public AccessRules pathValue(String name, String value) {
        pathValues.put("{" + name + "}", value);
        return this;
    }

    /** Sends {@code body} as {@code contentType} to {@code endpoint} (by default a call has no body). */
    public AccessRules body(String endpoint, String contentType, String body) {
        bodies.put(endpoint, new Body(contentType, body));
        return this;
    }

    /** Every endpoint of the OpenAPI document, as {@code METHOD /path/{param}}. */
    public Set<String> endpoints() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(base.resolve("q/openapi?format=json"))
                .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET /q/openapi").isEqualTo(200);
        JsonNode document = Json.MAPPER.readTree(response.body());
        Set<String> endpoints = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> endpoints.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        return endpoints;
    }

    /** Asserts that the OpenAPI document lists exactly the endpoints there are rules for. */
    public void assertEveryEndpointHasARule() throws IOException, InterruptedException {
        assertThat(endpoints()).containsExactlyInAnyOrderElementsOf(rules.keySet());
    }

    /** One test per endpoint called without a token and one per endpoint and role. */
    public Stream<DynamicTest> checks() throws IOException, InterruptedException {
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
                    int status = call(endpoint, TestTokens.token(List.of(role), "TOP SECRET",
                            List.of(Roles.ALL_COLLECTIONS))).statusCode();
                    if (rules.getOrDefault(endpoint, Set.of()).contains(role)) {
                        assertThat(status).as(endpoint + " as " + role).isNotIn(401, 403, 500);
                    } else {
                        assertThat(status).as(endpoint + " as " + role).isEqualTo(403);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private HttpResponse<InputStream> call(String endpoint, String token) throws IOException, InterruptedException {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 2);
        for (var value : pathValues.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        Body body = bodies.get(endpoint);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", body.contentType())
                    .method(method, HttpRequest.BodyPublishers.ofString(body.text()));
        }
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response;
    }

    private record Body(String contentType, String text) {
    }
}
