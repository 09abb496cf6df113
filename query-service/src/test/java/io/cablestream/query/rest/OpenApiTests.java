package io.cablestream.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.json.Json;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI document at /q/openapi describes every endpoint with examples, and Swagger UI serves it. */
@QuarkusTest
class OpenApiTests {

    private JsonNode document;

    @BeforeEach
    void load() throws IOException {
        document = Json.MAPPER.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asByteArray());
    }

    @Test
    void everyEndpointHasASummaryAndAnExampleOfItsAnswer() {
        List<String> undocumented = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode ok = operation.getValue().path("responses").path("200");
                if (operation.getValue().path("summary").asText().isBlank()) {
                    undocumented.add(where + ": no summary");
                }
                if (ok.path("content").findValues("examples").isEmpty()) {
                    undocumented.add(where + ": no example of the 200 answer");
                }
            }
        }

        assertThat(document.path("paths").properties()).extracting(Map.Entry::getKey).contains("/cables",
                "/cables/{id}", "/cables/export", "/cables/live", "/cables/{id}/references", "/cables/{id}/cited-by",
                "/cables/{id}/versions", "/cables/{id}/versions/diff", "/tags", "/origins", "/histogram", "/stats",
                "/imports/{importId}/indexed");
        assertThat(undocumented).isEmpty();
    }

    @Test
    void searchErrorsAreDocumentedAsProblemDocuments() {
        JsonNode badRequest = document.at("/paths/~1cables/get/responses/400/content/application~1problem+json");

        assertThat(badRequest.at("/examples/invalid-query/value/detail").asText()).contains("line 1, column");
        assertThat(document.at("/paths/~1cables/get/parameters").findValuesAsText("name"))
                .contains("q", "from", "to", "sort", "tag", "origin", "country", "facets", "cursor");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
