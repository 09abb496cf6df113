package io.cablestream.query.index;

import static io.cablestream.query.TestCables.cable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classification ceiling and collections: a reader never meets a cable above their clearance
 * or outside their collections, in any read model, and not even its count.
 */
class ReaderAccessTests {

    private static final ReaderAccess UNCLASSIFIED_DEFAULT = new ReaderAccess(Clearance.UNCLASSIFIED, Set.of("default"));
    private static final ReaderAccess SECRET_NEWSROOM = new ReaderAccess(Clearance.SECRET, Set.of("Newsroom"));

    @TempDir
    Path dir;

    private CableIndex index;
    private CableSearch search;

    @BeforeEach
    void fill() throws IOException {
        index = CableIndex.open(dir);
        search = new CableSearch(index, 100);
        index.upsert(cable("07MOSCOW1").classification("UNCLASSIFIED").subject("Walrus census").body("Open walrus talk.")
                .created("2007-01-05T00:00:00Z").tag("PREL", "External Political Relations").entity("person", "Ivan Open")
                .document());
        index.upsert(cable("07MOSCOW2").classification("SECRET", "NOFORN").subject("Walrus secret").body("Secret walrus.")
                .created("2008-02-05T00:00:00Z").tag("MNUC", "Military Nuclear Applications")
                .entity("person", "Sergei Hidden").references("07MOSCOW1").document());
        index.upsert(cable("07MOSCOW3").classification("UNCLASSIFIED").subject("Walrus reply").body("Open reply.")
                .created("2007-03-05T00:00:00Z").references("07MOSCOW2").document());
        index.upsert(cable("07MOSCOW4").classification("UNCLASSIFIED").subject("Walrus elsewhere").body("Walrus too.")
                .created("2009-01-01T00:00:00Z").collection("newsroom").tag("ETRD", "Trade").document());
        index.upsert(cable("07MOSCOW5").classification(null).subject("Walrus unmarked").body("Unmarked walrus.")
                .created("2010-01-01T00:00:00Z").document());
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void searchFindsOnlyCablesWithinClearanceAndCollections() {
        assertThat(ids(search.search(walrus(UNCLASSIFIED_DEFAULT), 10, null, List.of(), 1)))
                .containsExactlyInAnyOrder("07MOSCOW1", "07MOSCOW3");
        assertThat(ids(search.search(walrus(SECRET_NEWSROOM), 10, null, List.of(), 1))).containsExactly("07MOSCOW4");
        assertThat(search.search(walrus(UNCLASSIFIED_DEFAULT), 10, null, List.of(), 1).total()).isEqualTo(2);
        assertThat(ids(search.search(walrus(ReaderAccess.EVERYTHING), 10, null, List.of(), 1))).hasSize(5);
    }

    @Test
    void queriesNamingTheHiddenCableOrItsLevelFindNothing() {
        var byId = new SearchRequest("id:07MOSCOW2 OR classification:secret", Map.of(), null, null, null,
                UNCLASSIFIED_DEFAULT);
        var drillDown = new SearchRequest(null, Map.of(CableFields.CLASSIFICATION, List.of("SECRET")), null, null,
                null, UNCLASSIFIED_DEFAULT);

        assertThat(search.count(byId)).isZero();
        assertThat(search.count(drillDown)).isZero();
    }

    @Test
    void facetsListingsAndHistogramsCountOnlyVisibleCables() {
        var all = new SearchRequest(null, Map.of(), null, null, null, UNCLASSIFIED_DEFAULT);
        var page = search.search(all, 10, null, List.of(FacetDimension.TAG, FacetDimension.CLASSIFICATION,
                FacetDimension.PERSON, FacetDimension.YEAR), 10);

        assertThat(page.facets().get("tag").values()).extracting(FacetValue::value).containsExactly("PREL");
        assertThat(page.facets().get("classification").values()).extracting(FacetValue::value)
                .containsExactly("UNCLASSIFIED");
        assertThat(search.facet(all, FacetDimension.PERSON, 10).values()).extracting(FacetValue::value)
                .containsExactly("Ivan Open");
        assertThat(search.values(all, FacetDimension.YEAR)).extracting(FacetValue::value).containsExactly("2007");
        Histogram histogram = new CableStatistics(index, search).histogram(all, CableStatistics.Interval.YEAR);
        assertThat(histogram.buckets()).extracting(Histogram.Bucket::key).containsExactly("2007");
    }

    @Test
    void statisticsDescribeOnlyTheVisibleCorpus() {
        CorpusStats stats = new CableStatistics(index, search).stats(UNCLASSIFIED_DEFAULT);

        assertThat(stats.cables()).isEqualTo(2);
        assertThat(stats.versions()).isEqualTo(2);
        assertThat(stats.latest()).isEqualTo(java.time.Instant.parse("2007-03-05T00:00:00Z"));
        assertThat(stats.classifications()).extracting(FacetValue::value).containsExactly("UNCLASSIFIED");
        assertThat(new CableStatistics(index, search).stats(ReaderAccess.EVERYTHING).cables()).isEqualTo(5);
    }

    @Test
    void exportStreamsOnlyVisibleCables() throws IOException {
        List<String> exported = new ArrayList<>();
        new CableExport(index, 1).export(walrus(UNCLASSIFIED_DEFAULT), cable -> exported.add(cable.id()));

        assertThat(exported).containsExactlyInAnyOrder("07MOSCOW1", "07MOSCOW3");
    }

    @Test
    void readsByReferenceIdTreatAHiddenCableAsAbsent() {
        assertThat(index.json("07MOSCOW2", UNCLASSIFIED_DEFAULT)).isEmpty();
        assertThat(index.json("07MOSCOW4", UNCLASSIFIED_DEFAULT)).isEmpty();
        assertThat(index.json("07MOSCOW5", new ReaderAccess(Clearance.SECRET, Set.of("*")))).isEmpty();
        assertThat(index.json("07MOSCOW5", new ReaderAccess(Clearance.TOP_SECRET, Set.of("default")))).isPresent();
        assertThat(index.json("07MOSCOW1", UNCLASSIFIED_DEFAULT)).isPresent();
        assertThat(new CableVersions(index).of("07MOSCOW2", UNCLASSIFIED_DEFAULT)).isEmpty();
        assertThat(new CableVersions(index).diff("07MOSCOW2", null, null, UNCLASSIFIED_DEFAULT)).isEmpty();
        assertThat(new CableLinks(index).references("07MOSCOW2", UNCLASSIFIED_DEFAULT)).isEmpty();
    }

    @Test
    void referencesAndCitedByLeaveHiddenCablesUnlinked() {
        List<CableReference> references = new CableLinks(index).references("07MOSCOW3", UNCLASSIFIED_DEFAULT)
                .orElseThrow();
        var citedBy = new SearchRequest(null, Map.of(CableFields.REF, List.of("07MOSCOW1")), null, null, null,
                UNCLASSIFIED_DEFAULT);

        assertThat(references).singleElement().satisfies(ref -> assertThat(ref.cable()).isNull());
        assertThat(search.count(citedBy)).isZero();
        assertThat(new CableLinks(index).references("07MOSCOW3", ReaderAccess.EVERYTHING).orElseThrow())
                .singleElement().satisfies(ref -> assertThat(ref.cable()).isNotNull());
    }

    @Test
    void versionsOfAReclassifiedCableShowOnlyTheVersionsWithinClearance() throws IOException {
        index.upsert(cable("07MOSCOW1").classification("SECRET").subject("Walrus census").body("Now secret.")
                .enrichedAt("2026-01-01T00:00:00Z").document());
        index.upsert(cable("07MOSCOW1").classification("UNCLASSIFIED").subject("Walrus census").body("Released.")
                .enrichedAt("2026-03-01T00:00:00Z").document());
        index.refresh();

        assertThat(new CableVersions(index).of("07MOSCOW1", UNCLASSIFIED_DEFAULT).orElseThrow()).hasSize(2);
        assertThat(new CableVersions(index).of("07MOSCOW1", ReaderAccess.EVERYTHING).orElseThrow()).hasSize(3);
    }

    @Test
    void theLiveFeedMatchesOnlyVisibleNewCables() {
        List<SearchHit> hits = search.among(walrus(UNCLASSIFIED_DEFAULT), List.of("07MOSCOW1", "07MOSCOW2", "07MOSCOW4"));

        assertThat(hits).extracting(SearchHit::id).containsExactly("07MOSCOW1");
    }

    private static SearchRequest walrus(ReaderAccess access) {
        return new SearchRequest("walrus", Map.of(), null, null, null, access);
    }

    private static List<String> ids(SearchPage page) {
        return page.hits().stream().map(SearchHit::id).toList();
    }
}
