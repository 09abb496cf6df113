package io.cablestream.query.rest;

import static io.cablestream.query.TestCables.cable;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.cablestream.contract.json.Json;
import io.cablestream.query.SseClient;
import io.cablestream.query.index.CableIndex;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The classification ceiling and collections over HTTP: a reader cleared for UNCLASSIFIED in the
 * default collection never meets the SECRET cable or the cable of another collection, whichever
 * endpoint they ask, and a hidden cable reads exactly like a missing one.
 */
@QuarkusTest
class ReaderCeilingResourceTests {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> IDS = List.of("09OSLO1", "09OSLO2", "09OSLO3", "09OSLO4");

    @Inject
    CableIndex index;

    @TestHTTPResource("/")
    URI base;

    private final String unclassified = TestTokens.reader("UNCLASSIFIED", "default");

    @BeforeEach
    void fill() throws IOException {
        index.upsert(cable("09OSLO1").importId("imp-oslo").classification("UNCLASSIFIED").subject("Herring open").body("Herring quota.")
                .tag("EFIS", "Fisheries").entity("person", "Ola Open").created("2009-01-01T00:00:00Z").document());
        index.upsert(cable("09OSLO2").importId("imp-oslo").classification("SECRET").subject("Herring secret").body("Herring sonar.")
                .tag("MARR", "Military").entity("person", "Kari Hidden").references("09OSLO1")
                .created("2010-01-01T00:00:00Z").document());
        index.upsert(cable("09OSLO3").importId("imp-oslo").classification("UNCLASSIFIED").subject("Herring reply").body("Herring reply.")
                .references("09OSLO2").created("2009-02-01T00:00:00Z").document());
        index.upsert(cable("09OSLO4").importId("imp-oslo").classification("UNCLASSIFIED").subject("Herring elsewhere").collection("desk-b")
                .body("Herring elsewhere.").tag("ETRD", "Trade").created("2011-01-01T00:00:00Z").document());
        index.refresh();
    }

    @AfterEach
    void empty() throws IOException {
        for (String id : IDS) {
            index.delete(id);
        }
        index.delete("09OSLO5");
        index.delete("09OSLO6");
        index.refresh();
    }

    @Test
    void searchExportFacetsListingsHistogramAndStatsLeaveOutTheHiddenCables() {
        given().auth().oauth2(unclassified).queryParam("q", "herring").queryParam("facets", "tag,classification")
                .get("/cables").then().statusCode(200)
                .body("total", equalTo(2))
                .body("facets.tag.values.value", contains("EFIS"))
                .body("facets.classification.values.value", contains("UNCLASSIFIED"));
        String export = given().auth().oauth2(unclassified).queryParam("q", "herring").queryParam("format", "csv")
                .get("/cables/export").then().statusCode(200).extract().asString();
        assertThat(export.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .containsExactlyInAnyOrder("09OSLO1", "09OSLO3");
        given().auth().oauth2(unclassified).get("/people").then().statusCode(200)
                .body("values.value", not(hasItem("Kari Hidden")));
        given().auth().oauth2(unclassified).get("/tags").then().statusCode(200)
                .body("values.value", not(hasItem("MARR")))
                .body("values.value", not(hasItem("ETRD")));
        given().auth().oauth2(unclassified).queryParam("q", "herring").queryParam("interval", "year")
                .get("/histogram").then().statusCode(200).body("buckets.key", contains("2009"));
        given().auth().oauth2(unclassified).get("/stats").then().statusCode(200)
                .body("classifications.value", not(hasItem("SECRET")));
    }

    @Test
    void aHiddenCableReadsLikeAMissingOneEverywhere() {
        String missing = given().auth().oauth2(unclassified).get("/cables/09OSLO9").then().statusCode(404)
                .extract().path("detail");
        String hidden = given().auth().oauth2(unclassified).get("/cables/09OSLO2").then().statusCode(404)
                .extract().path("detail");

        assertThat(hidden).isEqualTo(missing.replace("09OSLO9", "09OSLO2"));
        given().auth().oauth2(unclassified).get("/cables/09OSLO4").then().statusCode(404);
        given().auth().oauth2(unclassified).get("/cables/09OSLO2/references").then().statusCode(404);
        given().auth().oauth2(unclassified).get("/cables/09OSLO2/versions").then().statusCode(404);
        given().auth().oauth2(unclassified).get("/cables/09OSLO2/versions/diff").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).get("/cables/09OSLO2").then().statusCode(200);
        given().auth().oauth2(TestTokens.reader("SECRET", "default")).get("/cables/09OSLO2").then().statusCode(200);
        given().auth().oauth2(TestTokens.reader("UNCLASSIFIED", "desk-b")).get("/cables/09OSLO4")
                .then().statusCode(200);
    }

    @Test
    void referencesAndCitedByDoNotLinkTheHiddenCable() {
        given().auth().oauth2(unclassified).get("/cables/09OSLO3/references").then().statusCode(200)
                .body("[0].referenceId", equalTo("09OSLO2"))
                .body("[0].cable", nullValue());
        given().auth().oauth2(unclassified).get("/cables/09OSLO1/cited-by").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).get("/cables/09OSLO1/cited-by").then().statusCode(200)
                .body("hits.id", contains("09OSLO2"));
    }

    @Test
    void theLiveFeedSendsOnlyTheNewCablesTheReaderMaySee() throws Exception {
        try (var feed = SseClient.open(base.resolve("cables/live?q=herring&access_token=" + unclassified))) {
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.next(WAIT).name()).isEqualTo("subscribed");

            index.upsert(cable("09OSLO5").classification("SECRET").subject("Herring new secret").document());
            index.refresh();
            index.upsert(cable("09OSLO6").classification("UNCLASSIFIED").subject("Herring new open").document());
            index.refresh();

            SseClient.Event event = feed.next(WAIT);
            assertThat(event.name()).isEqualTo("cable");
            assertThat(Json.MAPPER.readTree(event.data()).get("id").asText()).isEqualTo("09OSLO6");
        }
    }

    @Test
    void aReaderOfAnotherCollectionSeesOnlyThatCollection() {
        given().auth().oauth2(TestTokens.reader("TOP SECRET", "desk-b")).queryParam("q", "herring").get("/cables")
                .then().statusCode(200)
                .body("hits.id", contains("09OSLO4"))
                .body("total", equalTo(1));
        given().auth().oauth2(TestTokens.reader("TOP SECRET", "desk-b", "default")).queryParam("q", "herring")
                .get("/cables").then().statusCode(200).body("total", equalTo(4));
        given().auth().oauth2(unclassified).get("/imports/imp-oslo/indexed").then().statusCode(200)
                .body("indexed", equalTo(3))
                .body("importId", equalTo("imp-oslo"));
    }
}
