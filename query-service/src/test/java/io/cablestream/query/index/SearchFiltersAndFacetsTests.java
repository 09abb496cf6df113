package io.cablestream.query.index;

import static io.cablestream.query.TestCables.cable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Drill-down filters, date ranges, orders and facet counts over one small index shared by the class. */
class SearchFiltersAndFacetsTests {

    @TempDir
    static Path dir;

    private static CableIndex index;
    private static CableSearch search;

    @BeforeAll
    static void fill() throws IOException {
        index = CableIndex.open(dir);
        search = new CableSearch(index, 100);
        index.upsert(cable("07MOSCOW1").created("2007-08-02T14:37:00Z").classification("CONFIDENTIAL")
                .body("Rosatom offered nuclear fuel.")
                .tag("PREL", "External Political Relations").tag("RS", "geographic", "Russia")
                .entity("person", "Kathleen Stephens").entity("organization", "IAEA").entity("location", "Vienna")
                .document());
        index.upsert(cable("07MOSCOW2").created("2007-09-10T08:00:00Z").classification("SECRET")
                .tag("PREL", "External Political Relations").tag("ENRG", "Energy and Power")
                .tag("RS", "geographic", "Russia")
                .document());
        index.upsert(cable("08PARIS3").created("2008-01-15T10:00:00Z").origin("Embassy Paris")
                .classification("UNCLASSIFIED").body("French nuclear exports.")
                .tag("ECON", "Economic Conditions").tag("FR", "geographic", "France")
                .document());
        index.upsert(cable("06TOKYO4").created("2006-12-31T23:00:00Z").origin("Embassy Tokyo")
                .tag("PREL", "External Political Relations").tag("JA", "geographic", "Japan")
                .entity("person", "Kathleen Stephens")
                .document());
        index.upsert(cable("09ROME5").created(null).origin("Embassy Rome").body("Report from Rome.").tag("PGOV", null).document());
        index.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void facetsCountEveryMatchNotJustThePage() {
        SearchPage page = search.search(SearchRequest.of(""), 1, null,
                List.of(FacetDimension.TAG, FacetDimension.COUNTRY, FacetDimension.YEAR, FacetDimension.CLASSIFICATION),
                10);

        assertThat(page.hits()).hasSize(1);
        assertThat(page.facets().keySet()).containsExactly("tag", "country", "year", "classification");
        assertThat(page.facets().get("tag").values())
                .extracting(FacetValue::value, FacetValue::label, FacetValue::count)
                .containsExactly(tuple("PREL", "External Political Relations", 3L), tuple("RS", "Russia", 2L),
                        tuple("ECON", "Economic Conditions", 1L), tuple("ENRG", "Energy and Power", 1L),
                        tuple("FR", "France", 1L), tuple("JA", "Japan", 1L), tuple("PGOV", null, 1L));
        assertThat(page.facets().get("country").values())
                .extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("Russia", 2L), tuple("France", 1L), tuple("Japan", 1L));
        assertThat(page.facets().get("year").values())
                .extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("2007", 2L), tuple("2006", 1L), tuple("2008", 1L));
        assertThat(page.facets().get("classification").distinct()).isEqualTo(3);
    }

    @Test
    void caveatsAreCountedAsAFacet() {
        SearchPage page = search.search(SearchRequest.of(""), 1, null, List.of(FacetDimension.CAVEAT), 10);

        assertThat(page.facets().get("caveat").values())
                .extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("NOFORN", 2L));
    }

    @Test
    void facetsFollowTheQueryAndStopAtTheFacetLimit() {
        SearchPage page = search.search(SearchRequest.of("nuclear"), 10, null,
                List.of(FacetDimension.ORIGIN, FacetDimension.TAG), 1);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.facets().get("origin").values())
                .extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("Embassy Moscow", 1L));
        assertThat(page.facets().get("origin").distinct()).isEqualTo(2);
        assertThat(page.facets().get("tag").values()).hasSize(1);
    }

    @Test
    void entitiesAnnotationGivesPeopleAndOrganizationsFacetsAndTheEntityField() {
        SearchPage page = search.search(SearchRequest.of(""), 10, null,
                List.of(FacetDimension.PERSON, FacetDimension.ORGANIZATION), 10);

        assertThat(page.facets().get("person").values())
                .extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("Kathleen Stephens", 2L));
        assertThat(page.facets().get("organization").values()).extracting(FacetValue::value).containsExactly("IAEA");
        assertThat(ids(SearchRequest.of("entity:vienna"))).containsExactly("07MOSCOW1");
        assertThat(ids(filtered(Map.of("person", List.of("kathleen stephens")))))
                .containsExactly("07MOSCOW1", "06TOKYO4");
    }

    @Test
    void drillDownValuesOfOneFieldAreAlternativesAndFieldsMustAllMatch() {
        assertThat(ids(filtered(Map.of("tag", List.of("PREL"), "country", List.of("russia")))))
                .containsExactly("07MOSCOW2", "07MOSCOW1");
        assertThat(ids(filtered(Map.of("tag", List.of("econ", "PGOV")))))
                .containsExactly("08PARIS3", "09ROME5");
        assertThat(ids(filtered(Map.of("month", List.of("2007-09"), "classification", List.of("secret")))))
                .containsExactly("07MOSCOW2");
    }

    @Test
    void filterOnAFieldThatIsNoKeywordIsRejected() {
        assertThatThrownBy(() -> filtered(Map.of("body", List.of("x"))))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("cannot filter on body");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2007-01-01 | 2007-12-31           | 07MOSCOW2 07MOSCOW1",
        "2006-12    | 2006-12              | 06TOKYO4",
        "2007-08-02 | 2007-08-02           | 07MOSCOW1",
        "2008       |                      | 08PARIS3",
        "           | 2007-08-02T14:36:59Z | 06TOKYO4",
    })
    void fromAndToIncludeTheWholePeriodWritten(String from, String to, String expected) {
        var request = new SearchRequest(null, Map.of(), from, to, null, ReaderAccess.EVERYTHING);

        assertThat(ids(request)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "created:[2007-01-01 TO 2007-12-31]          | 07MOSCOW2 07MOSCOW1",
        "created:2008                                | 08PARIS3",
        "created:{2007-08-02 TO *]                   | 08PARIS3 07MOSCOW2",
        "created:[* TO 2007-08} AND tag:PREL         | 06TOKYO4",
        "created:\"2007-08-02T14:37:00Z\"              | 07MOSCOW1",
    })
    void createdTakesDatesAndRangesInTheQuery(String q, String expected) {
        var request = new SearchRequest(q, Map.of(), null, null, SearchOrder.NEWEST, ReaderAccess.EVERYTHING);

        assertThat(ids(request)).containsExactly(expected.split(" "));
    }

    @Test
    void unreadableDatesAreRejectedSayingWhichAndHowToWriteThem() {
        assertThatThrownBy(() -> ids(SearchRequest.of("created:[2007-13-01 TO *]")))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("created: cannot read '2007-13-01' as a date; write 2007, 2007-08");
        assertThatThrownBy(() -> ids(new SearchRequest(null, Map.of(), "last week", null, null, ReaderAccess.EVERYTHING)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("from: cannot read 'last week'");
    }

    @Test
    void ordersPutUndatedCablesLast() {
        assertThat(ids(new SearchRequest(null, Map.of(), null, null, SearchOrder.OLDEST, ReaderAccess.EVERYTHING)))
                .containsExactly("06TOKYO4", "07MOSCOW1", "07MOSCOW2", "08PARIS3", "09ROME5");
        assertThat(ids(new SearchRequest("nuclear OR rome", Map.of(), null, null, SearchOrder.NEWEST, ReaderAccess.EVERYTHING)))
                .containsExactly("08PARIS3", "07MOSCOW1", "09ROME5");
    }

    @Test
    void cursorPagingFollowsTheChosenOrderAndRejectsACursorOfAnother() {
        var oldest = new SearchRequest(null, Map.of(), null, null, SearchOrder.OLDEST, ReaderAccess.EVERYTHING);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            SearchPage page = search.search(oldest, 2, cursor, List.of(), 10);
            page.hits().forEach(hit -> seen.add(hit.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        String newestCursor = search.search(SearchRequest.of(""), 2, null, List.of(), 10).nextCursor();

        assertThat(seen).containsExactly("06TOKYO4", "07MOSCOW1", "07MOSCOW2", "08PARIS3", "09ROME5");
        assertThatThrownBy(() -> search.search(oldest, 2, newestCursor, List.of(), 10))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("cursor belongs to a search sorted by newest, not by oldest");
    }

    @Test
    void facetListingCountsOneDimensionOverAllCables() {
        Facet origins = search.facet(SearchRequest.of(""), FacetDimension.ORIGIN, 2);

        assertThat(origins.distinct()).isEqualTo(4);
        assertThat(origins.values()).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("Embassy Moscow", 2L), tuple("Embassy Paris", 1L));
    }

    @Test
    void valuesOfADimensionComeInValueOrder() {
        assertThat(search.values(filtered(Map.of("tag", List.of("PREL"))), FacetDimension.MONTH))
                .extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("2006-12", 1L), tuple("2007-08", 1L), tuple("2007-09", 1L));
    }

    @Test
    void amongReturnsOnlyTheGivenCablesThatMatch() {
        assertThat(search.among(SearchRequest.of("nuclear"), List.of("07MOSCOW1", "07MOSCOW2", "09ROME5")))
                .extracting(SearchHit::id, hit -> hit.snippet().contains("<mark>nuclear</mark>"))
                .containsExactly(tuple("07MOSCOW1", true));
    }

    @Test
    void unknownFacetIsRejectedNamingTheFacets() {
        assertThatThrownBy(() -> FacetDimension.named("tags"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("tag, country, origin, classification, caveat, year, month, person, organization");
    }

    private static SearchRequest filtered(Map<String, List<String>> filters) {
        return new SearchRequest(null, filters, null, null, null, ReaderAccess.EVERYTHING);
    }

    private static List<String> ids(SearchRequest request) {
        return search.search(request, 100, null, List.of(), 10).hits().stream().map(SearchHit::id).toList();
    }
}
