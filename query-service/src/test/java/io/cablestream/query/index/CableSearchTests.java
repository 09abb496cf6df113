package io.cablestream.query.index;

import static io.cablestream.query.TestCables.cable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CableSearchTests {

    @TempDir
    Path dir;

    private CableIndex index;
    private CableSearch search;

    @BeforeEach
    void open() throws IOException {
        index = CableIndex.open(dir);
        search = new CableSearch(index, 100);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "embassy OR moscow OR telegram", "tag:PREL"})
    void cursorPagingReturnsEveryHitExactlyOnce(String q) throws IOException {
        List<String> ids = IntStream.range(0, 57).mapToObj(i -> "07MOSCOW" + (1000 + i)).toList();
        for (int i = 0; i < ids.size(); i++) {
            index.upsert(cable(ids.get(i))
                    .created(i % 10 == 0 ? null : "2007-0" + (1 + i % 3) + "-01T00:00:00Z")
                    .body("Embassy Moscow telegram ".repeat(1 + i % 4) + "number " + i)
                    .tag("PREL", "External Political Relations")
                    .document());
        }
        index.refresh();

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            SearchPage result = page(q, 10, cursor);
            assertThat(result.total()).isEqualTo(57);
            result.hits().forEach(hit -> seen.add(hit.id()));
            cursor = result.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(pages).isEqualTo(6);
    }

    @Test
    void emptyQueryListsNewestFirstAndUndatedCablesLast() throws IOException {
        index.upsert(cable("07MOSCOW1").created("2007-01-01T00:00:00Z").document());
        index.upsert(cable("09MOSCOW2").created("2009-01-01T00:00:00Z").document());
        index.upsert(cable("08MOSCOW3").created(null).document());
        index.upsert(cable("08MOSCOW4").created("2008-01-01T00:00:00Z").document());
        index.refresh();

        assertThat(page(null, 10, null).hits())
                .extracting(SearchHit::id)
                .containsExactly("09MOSCOW2", "08MOSCOW4", "07MOSCOW1", "08MOSCOW3");
    }

    @Test
    void hitCarriesTheCableSummaryFields() throws IOException {
        index.upsert(cable("07MOSCOW3804")
                .subject("RUSSIA: NUCLEAR FUEL TALKS")
                .created("2007-08-02T14:37:00Z")
                .origin("Embassy Moscow")
                .classification("CONFIDENTIAL", "NOFORN")
                .tag("PREL", "External Political Relations")
                .tag("RS", "Russia")
                .document());
        index.refresh();

        assertThat(page("nuclear", 10, null).hits())
                .extracting(SearchHit::id, SearchHit::subject, hit -> hit.created().toString(), SearchHit::origin,
                        SearchHit::classification, SearchHit::caveats, SearchHit::tags)
                .containsExactly(tuple("07MOSCOW3804", "RUSSIA: NUCLEAR FUEL TALKS",
                        "2007-08-02T14:37:00Z", "Embassy Moscow", "CONFIDENTIAL", List.of("NOFORN"), List.of("PREL", "RS")));
    }

    @Test
    void snippetEscapesHtmlFromCableTextAndMarksMatches() throws IOException {
        index.upsert(cable("07MOSCOW3804")
                .body("Visitors typed <script>alert('x')</script> into the form. The uranium shipment & fuel left.")
                .document());
        index.refresh();

        String snippet = page("uranium", 10, null).hits().getFirst().snippet();

        assertThat(snippet)
                .contains("&lt;script&gt;")
                .contains("<mark>uranium</mark>")
                .contains("&amp;")
                .doesNotContain("<script>");
    }

    @Test
    void snippetWithoutMatchInTheBodyShowsTheBodyStart() throws IOException {
        index.upsert(cable("07MOSCOW3804").subject("Fuel talks").body("1. (C) Summary: talks went well.").document());
        index.refresh();

        assertThat(page("subject:fuel", 10, null).hits().getFirst().snippet())
                .startsWith("1. (C) Summary");
    }

    @Test
    void snippetWithoutMatchInTheBodyShowsTheSummaryEscapedAndCutAtAWord() throws IOException {
        String summary = "Rosatom <b>offered</b> fuel & services; " + "the talks went on for weeks ".repeat(10);
        index.upsert(cable("07MOSCOW3804").subject("Fuel talks").summary(summary)
                .body("VZCZCXRO1234 ... header lines ... 1. (C) Summary: Rosatom offered fuel.").document());
        index.refresh();

        for (String query : List.of("subject:fuel", "")) {
            assertThat(page(query, 10, null).hits().getFirst().snippet()).as(query)
                    .startsWith("Rosatom &lt;b&gt;offered&lt;/b&gt; fuel &amp; services; the talks went on")
                    .matches("(?s).* (the|talks|went|on|for|weeks) …")
                    .hasSizeLessThan(230);
        }
    }

    @Test
    void keywordFieldsMatchWholeValuesIgnoringCase() throws IOException {
        index.upsert(cable("07MOSCOW3804")
                .origin("Embassy Moscow")
                .classification("CONFIDENTIAL", "NOFORN")
                .created("2007-08-02T14:37:00Z")
                .tag("PREL", "External Political Relations")
                .document());
        index.upsert(cable("08PARIS12").origin("Embassy Paris").classification("SECRET").created("2008-01-01T00:00:00Z")
                .document());
        index.refresh();

        for (String q : List.of("tag:prel", "origin:\"embassy moscow\"", "classification:confidential",
                "caveat:NOFORN", "id:07moscow3804", "year:2007", "tagMeaning:political")) {
            assertThat(page(q, 10, null).hits()).as(q).extracting(SearchHit::id).containsExactly("07MOSCOW3804");
        }
        assertThat(page("origin:moscow", 10, null).total()).isZero();
    }

    @Test
    void badSyntaxIsRejectedSayingWhere() {
        assertThatThrownBy(() -> page("subject:(nuclear AND", 10, null))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("line 1, column")
                .hasMessageNotContaining("\n");
    }

    @Test
    void unknownFieldIsRejectedNamingTheSearchableOnes() {
        assertThatThrownBy(() -> page("tags:PREL", 10, null))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("unknown field tags")
                .hasMessageContaining("tag, tagMeaning");
    }

    @Test
    void cursorOfAListingIsRejectedForAQuery() throws IOException {
        index.upsert(cable("07MOSCOW1").document());
        index.upsert(cable("07MOSCOW2").document());
        index.refresh();
        String listingCursor = page("", 1, null).nextCursor();

        assertThatThrownBy(() -> page("moscow", 1, listingCursor))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("cursor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage!", "bm90LWEtY3Vyc29y"})
    void cursorNotIssuedByTheServiceIsRejected(String cursor) {
        assertThatThrownBy(() -> page("", 10, cursor))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("not one this service issued");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void limitOutsideTheAllowedRangeIsRejected(int limit) {
        assertThatThrownBy(() -> page("", limit, null))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("limit must be between 1 and 100");
    }

    private SearchPage page(String q, int limit, String cursor) {
        return search.search(SearchRequest.of(q), limit, cursor, List.of(), 10);
    }
}
