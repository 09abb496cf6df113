package io.cablestream.query.rest;

import static io.cablestream.query.TestCables.cable;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.cablestream.query.index.CableIndex;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read models beyond search over HTTP: links, versions, listings, histogram, statistics, import progress. */
@QuarkusTest
class ReadModelResourceTests {

    private static final List<String> IDS = List.of("07MOSCOW1", "07MOSCOW2", "08PARIS3");

    @Inject
    CableIndex index;

    @BeforeEach
    void fill() throws IOException {
        index.upsert(cable("07MOSCOW1").subject("FUEL TALKS").created("2007-08-02T14:37:00Z").importId("import-a")
                .tag("PREL", "External Political Relations").tag("RS", "geographic", "Russia")
                .body("1. Opening.\n2. Fuel offered.").enrichedAt("2026-01-01T00:00:00Z").document());
        index.upsert(cable("07MOSCOW1").subject("FUEL TALKS").created("2007-08-02T14:37:00Z").importId("import-b")
                .tag("PREL", "External Political Relations").tag("RS", "geographic", "Russia")
                .body("1. Opening.\n2. Fuel refused.").enrichedAt("2026-02-01T00:00:00Z").document());
        index.upsert(cable("07MOSCOW2").created("2007-10-01T00:00:00Z").references("07MOSCOW1", "05BONN1")
                .importId("import-b").tag("PREL", "External Political Relations").document());
        index.upsert(cable("08PARIS3").origin("Embassy Paris").created(null).importId("import-b").document());
        index.refresh();
    }

    @AfterEach
    void empty() throws IOException {
        for (String id : IDS) {
            index.delete(id);
        }
        index.refresh();
    }

    @Test
    void referencesAndCitedByLinkCablesBothWays() {
        given().auth().oauth2(TestTokens.admin()).get("/cables/07MOSCOW2/references")
                .then().statusCode(200)
                .body("referenceId", equalTo(List.of("07MOSCOW1", "05BONN1")))
                .body("[0].cable.subject", equalTo("FUEL TALKS"))
                .body("[1].cable", nullValue());
        given().auth().oauth2(TestTokens.admin()).get("/cables/07MOSCOW1/cited-by")
                .then().statusCode(200)
                .body("hits.id", equalTo(List.of("07MOSCOW2")));
        given().auth().oauth2(TestTokens.admin()).get("/cables/99NOWHERE1/references")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void versionsListTheHistoryAndDiffTheBodies() {
        given().auth().oauth2(TestTokens.admin()).get("/cables/07MOSCOW1/versions")
                .then().statusCode(200)
                .body("number", equalTo(List.of(1, 2)))
                .body("importId", equalTo(List.of("import-a", "import-b")))
                .body("current", equalTo(List.of(false, true)));
        given().auth().oauth2(TestTokens.admin()).queryParam("from", 1).queryParam("to", 2)
                .get("/cables/07MOSCOW1/versions/diff")
                .then().statusCode(200)
                .body("hunks[0].lines.op", equalTo(List.of(" ", "-", "+")))
                .body("hunks[0].lines[2].text", equalTo("2. Fuel refused."));
        given().auth().oauth2(TestTokens.admin()).queryParam("to", 5)
                .get("/cables/07MOSCOW1/versions/diff")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("to: cable 07MOSCOW1 has versions 1 to 2, not 5"));
    }

    @Test
    void tagAndOriginListingsCountCablesAndFollowASearch() {
        given().auth().oauth2(TestTokens.admin()).get("/tags")
                .then().statusCode(200)
                .body("dimension", equalTo("tag"))
                .body("values.value", equalTo(List.of("PREL", "RS")))
                .body("values[0].label", equalTo("External Political Relations"))
                .body("values[0].count", equalTo(2));
        given().auth().oauth2(TestTokens.admin()).queryParam("q", "id:08*")
                .get("/origins")
                .then().statusCode(200)
                .body("values.value", equalTo(List.of("Embassy Paris")));
    }

    @Test
    void histogramAndStatsDescribeTheCorpus() {
        given().auth().oauth2(TestTokens.admin()).queryParam("interval", "month")
                .get("/histogram")
                .then().statusCode(200)
                .body("buckets.key", equalTo(List.of("2007-08", "2007-09", "2007-10")))
                .body("buckets.count", equalTo(List.of(1, 0, 1)))
                .body("undated", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).get("/stats")
                .then().statusCode(200)
                .body("cables", equalTo(3))
                .body("versions", equalTo(4))
                .body("earliest", equalTo("2007-08-02T14:37:00Z"))
                .body("distinct.origin", equalTo(2));
        given().auth().oauth2(TestTokens.admin()).queryParam("interval", "week")
                .get("/histogram")
                .then().statusCode(400)
                .body("detail", containsString("interval must be year or month"));
    }

    @Test
    void importProgressCountsTheVersionsAnImportDeliveredIncludingOnesALaterReleaseReplaced() {
        given().auth().oauth2(TestTokens.admin()).get("/imports/import-b/indexed")
                .then().statusCode(200)
                .body("importId", equalTo("import-b"))
                .body("indexed", equalTo(3));
        given().auth().oauth2(TestTokens.admin()).get("/imports/import-a/indexed")
                .then().statusCode(200)
                .body("indexed", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).get("/imports/import-z/indexed")
                .then().statusCode(200)
                .body("indexed", equalTo(0));
    }

    @Test
    void importProgressFromAnUnreachableIngestServiceIsABadGatewayProblem() {
        given().auth().oauth2(TestTokens.admin()).get("/imports")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cablestream.io/problems/ingest-unavailable"))
                .body("detail", containsString("ingest-service at http://127.0.0.1:1 cannot be reached"))
                .body("detail", containsString("cablestream.query.ingest-service.url"));
    }
}
