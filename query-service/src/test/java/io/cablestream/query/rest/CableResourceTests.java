package io.cablestream.query.rest;

import static io.cablestream.query.TestCables.cable;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.cablestream.contract.topic.Topics;
import io.cablestream.query.index.CableIndex;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST contract over an index filled directly; no broker is reachable in this test. */
@QuarkusTest
class CableResourceTests {

    @Inject
    CableIndex index;

    @BeforeEach
    void fill() throws IOException {
        index.upsert(cable("07MOSCOW3804")
                .subject("RUSSIA: NUCLEAR FUEL TALKS")
                .body("1. (C) Summary: Rosatom <b>offered</b> nuclear fuel to the embassy. End summary.")
                .created("2007-08-02T14:37:00Z")
                .tag("PREL", "External Political Relations")
                .tag("RS", "geographic", "Russia")
                .document());
        index.upsert(cable("08PARIS1200").subject("FRANCE: FARM SUBSIDIES").body("Farm talks.")
                .created("2008-03-01T09:00:00Z").document());
        index.refresh();
    }

    @AfterEach
    void empty() throws IOException {
        index.delete("07MOSCOW3804");
        index.delete("08PARIS1200");
        index.refresh();
    }

    @Test
    void getReturnsTheStoredEnrichedCable() {
        given().auth().oauth2(TestTokens.admin()).get("/cables/07MOSCOW3804")
                .then().statusCode(200)
                .contentType("application/json")
                .body("cable.referenceId", equalTo("07MOSCOW3804"))
                .body("cable.subject", equalTo("RUSSIA: NUCLEAR FUEL TALKS"))
                .body("annotations.tags.data[0].code", equalTo("PREL"));
    }

    @Test
    void unknownCableIsProblem404() {
        given().auth().oauth2(TestTokens.admin()).get("/cables/99NOWHERE1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cablestream.io/problems/cable-not-found"))
                .body("title", equalTo("Cable not found"))
                .body("status", equalTo(404))
                .body("detail", containsString("99NOWHERE1"))
                .body("instance", equalTo("/cables/99NOWHERE1"));
    }

    @Test
    void searchReturnsHitsWithHighlightedEscapedSnippets() {
        given().auth().oauth2(TestTokens.admin()).queryParam("q", "nuclear")
                .get("/cables")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].id", equalTo("07MOSCOW3804"))
                .body("hits[0].subject", equalTo("RUSSIA: NUCLEAR FUEL TALKS"))
                .body("hits[0].created", equalTo("2007-08-02T14:37:00Z"))
                .body("hits[0].origin", equalTo("Embassy Moscow"))
                .body("hits[0].classification", equalTo("CONFIDENTIAL"))
                .body("hits[0].tags", equalTo(List.of("PREL", "RS")))
                .body("hits[0].snippet", containsString("&lt;b&gt;offered&lt;&#x2F;b&gt; <mark>nuclear</mark>"))
                .body("nextCursor", nullValue());
    }

    @Test
    void searchWithoutQueryPagesThroughEveryCableNewestFirst() {
        String cursor = given().auth().oauth2(TestTokens.admin()).queryParam("limit", 1)
                .get("/cables")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("hits.id", equalTo(List.of("08PARIS1200")))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");

        given().auth().oauth2(TestTokens.admin()).queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/cables")
                .then().statusCode(200)
                .body("hits.id", equalTo(List.of("07MOSCOW3804")))
                .body("nextCursor", nullValue());
    }

    @Test
    void searchCountsFacetsOverEveryMatchAndDrillsDown() {
        given().auth().oauth2(TestTokens.admin()).queryParam("facets", "tag,country").queryParam("facets", "year").queryParam("limit", 1)
                .get("/cables")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("facets.tag.values.find { it.value == 'PREL' }.label", equalTo("External Political Relations"))
                .body("facets.tag.values.find { it.value == 'PREL' }.count", equalTo(1))
                .body("facets.country.values.value", equalTo(List.of("Russia")))
                .body("facets.year.values.value", equalTo(List.of("2007", "2008")));

        given().auth().oauth2(TestTokens.admin()).queryParam("country", "Russia").queryParam("from", "2007-08").queryParam("to", "2007-08")
                .get("/cables")
                .then().statusCode(200)
                .body("hits.id", equalTo(List.of("07MOSCOW3804")));
    }

    @Test
    void searchSortsOldestFirstWhenAsked() {
        given().auth().oauth2(TestTokens.admin()).queryParam("sort", "oldest")
                .get("/cables")
                .then().statusCode(200)
                .body("hits.id", equalTo(List.of("07MOSCOW3804", "08PARIS1200")));
    }

    @Test
    void unknownSortOrFacetIsProblem400NamingTheChoices() {
        given().auth().oauth2(TestTokens.admin()).queryParam("sort", "best").get("/cables")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("sort must be one of relevance, newest, oldest, was 'best'"));
        given().auth().oauth2(TestTokens.admin()).queryParam("facets", "tags").get("/cables")
                .then().statusCode(400)
                .body("detail", containsString("cannot count facet 'tags'"));
    }

    @Test
    void exportStreamsEveryMatchAsNdjsonAcrossPages() {
        String body = given().auth().oauth2(TestTokens.admin()).get("/cables/export")
                .then().statusCode(200)
                .contentType("application/x-ndjson")
                .header("Content-Disposition", containsString("cables.ndjson"))
                .extract().asString();

        assertThat(body.lines().map(line -> Topics.ENRICHED.decode(line.getBytes(StandardCharsets.UTF_8)))
                .map(enriched -> enriched.cable().referenceId()))
                .containsExactly("08PARIS1200", "07MOSCOW3804");
    }

    @Test
    void exportAsCsvHasAHeaderAndTheMatchingCables() {
        String body = given().auth().oauth2(TestTokens.admin()).queryParam("format", "csv").queryParam("q", "farm")
                .get("/cables/export")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .extract().asString();

        assertThat(body.split("\r\n"))
                .containsExactly("id,created,classification,caveats,origin,tags,countries,subject,references,body",
                        "08PARIS1200,2008-03-01T09:00:00Z,CONFIDENTIAL,NOFORN,Embassy Moscow,,,FRANCE: FARM SUBSIDIES,,"
                                + "Farm talks.");
    }

    @Test
    void exportWithBadQueryIsProblem400BeforeAnythingIsStreamed() {
        given().auth().oauth2(TestTokens.admin()).queryParam("q", "created:[yesterday TO *]").queryParam("format", "csv")
                .get("/cables/export")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("created: cannot read 'yesterday' as a date"));
        given().auth().oauth2(TestTokens.admin()).queryParam("format", "xlsx").get("/cables/export")
                .then().statusCode(400)
                .body("detail", equalTo("format must be one of ndjson, csv, was 'xlsx'"));
    }

    @Test
    void liveFeedWithBadQueryIsProblem400() {
        given().auth().oauth2(TestTokens.admin()).queryParam("q", "subject:(walrus").accept("text/event-stream")
                .get("/cables/live")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("line 1, column"));
    }

    @Test
    void badQuerySyntaxIsProblem400SayingWhere() {
        given().auth().oauth2(TestTokens.admin()).queryParam("q", "subject:(fuel AND")
                .get("/cables")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cablestream.io/problems/invalid-query"))
                .body("status", equalTo(400))
                .body("detail", containsString("line 1, column"))
                .body("instance", equalTo("/cables"));
    }

    @Test
    void limitThatIsNotANumberIsProblem400() {
        given().auth().oauth2(TestTokens.admin()).queryParam("limit", "ten")
                .get("/cables")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("limit must be a whole number, was 'ten'"));
    }

    @Test
    void readinessIsDownWhileKafkaIsUnreachableButTheServiceIsLive() {
        given().auth().oauth2(TestTokens.admin()).get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'index-feeder' }.status", equalTo("DOWN"));
        given().auth().oauth2(TestTokens.admin()).get("/q/health/live")
                .then().statusCode(200)
                .body("checks.name", hasSize(1));
    }
}
