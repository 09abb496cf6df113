package io.cablestream.query.index;

import static io.cablestream.query.TestCables.cable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cablestream.query.diff.DiffLine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version history, reference links, histograms and corpus statistics over a small index. */
class ReadModelsTests {

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

    @Test
    void changedContentHashAddsAVersionAndRedeliveryDoesNot() throws IOException {
        var first = cable("07MOSCOW1").subject("Talks").body("1. Opening.\n2. Fuel offered.\n3. Close.")
                .enrichedAt("2026-01-01T00:00:00Z").importId("import-a");
        index.upsert(first.document());
        index.upsert(cable("07MOSCOW1").subject("Talks").body("1. Opening.\n2. Fuel refused.\n3. Close.")
                .enrichedAt("2026-02-01T00:00:00Z").importId("import-b").document());
        index.upsert(first.document());
        index.upsert(cable("07MOSCOW1").subject("Talks").body("1. Opening.\n2. Fuel refused.\n3. Close.")
                .enrichedAt("2026-02-01T00:00:00Z").importId("import-b").document());
        index.refresh();

        var versions = new CableVersions(index);

        assertThat(versions.of("07moscow1", ReaderAccess.EVERYTHING).orElseThrow())
                .extracting(VersionSummary::number, VersionSummary::importId, VersionSummary::current)
                .containsExactly(tuple(1, "import-a", false), tuple(2, "import-b", true));
        VersionDiff diff = versions.diff("07MOSCOW1", null, null, ReaderAccess.EVERYTHING).orElseThrow();
        assertThat(diff.from().number()).isEqualTo(1);
        assertThat(diff.to().number()).isEqualTo(2);
        assertThat(diff.hunks().getFirst().lines()).extracting(DiffLine::op, DiffLine::text).containsExactly(
                tuple(" ", "1. Opening."), tuple("-", "2. Fuel offered."), tuple("+", "2. Fuel refused."),
                tuple(" ", "3. Close."));
    }

    @Test
    void versionsSurviveReopeningAndGoWithTheCable() throws IOException {
        index.upsert(cable("07MOSCOW1").body("one").document());
        index.upsert(cable("07MOSCOW1").body("two").document());
        index.commit(Map.of());
        index.close();
        index = CableIndex.open(dir);
        var versions = new CableVersions(index);

        assertThat(versions.of("07MOSCOW1", ReaderAccess.EVERYTHING).orElseThrow()).hasSize(2);

        index.delete("07MOSCOW1");
        index.refresh();

        assertThat(versions.of("07MOSCOW1", ReaderAccess.EVERYTHING)).isEmpty();
        assertThat(versions.diff("07MOSCOW1", 1, 2, ReaderAccess.EVERYTHING)).isEmpty();
    }

    @Test
    void diffOfAVersionThatDoesNotExistIsRejectedWithTheRange() throws IOException {
        index.upsert(cable("07MOSCOW1").document());
        index.refresh();

        assertThatThrownBy(() -> new CableVersions(index).diff("07MOSCOW1", 1, 3, ReaderAccess.EVERYTHING))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("to: cable 07MOSCOW1 has versions 1 to 1, not 3");
    }

    @Test
    void referencesLinkToIndexedCablesAndCitedByFindsTheCitingOnes() throws IOException {
        index.upsert(cable("07MOSCOW1").subject("Cited one").created("2007-01-01T00:00:00Z").document());
        index.upsert(cable("07MOSCOW2").references("07MOSCOW1", "99NOWHERE9").created("2007-02-01T00:00:00Z")
                .document());
        index.upsert(cable("07MOSCOW3").references("07MOSCOW1").created("2007-03-01T00:00:00Z").document());
        index.refresh();

        assertThat(new CableLinks(index).references("07MOSCOW2", ReaderAccess.EVERYTHING).orElseThrow())
                .extracting(CableReference::label, CableReference::referenceId,
                        ref -> ref.cable() == null ? null : ref.cable().subject())
                .containsExactly(tuple("A", "07MOSCOW1", "Cited one"), tuple("B", "99NOWHERE9", null));
        assertThat(new CableLinks(index).references("07MOSCOW9", ReaderAccess.EVERYTHING)).isEmpty();
        var citing = new SearchRequest(null, Map.of(CableFields.REF, List.of("07moscow1")), null, null, null, ReaderAccess.EVERYTHING);
        assertThat(search.search(citing, 10, null, List.of(), 1).hits()).extracting(SearchHit::id)
                .containsExactly("07MOSCOW3", "07MOSCOW2");
    }

    @Test
    void histogramFillsEmptyPeriodsAndCountsUndatedCables() throws IOException {
        index.upsert(cable("07MOSCOW1").created("2007-11-02T00:00:00Z").document());
        index.upsert(cable("08MOSCOW2").created("2008-02-10T00:00:00Z").document());
        index.upsert(cable("08MOSCOW3").created("2008-02-11T00:00:00Z").document());
        index.upsert(cable("08MOSCOW4").created(null).document());
        index.refresh();
        var statistics = new CableStatistics(index, search);

        assertThat(statistics.histogram(SearchRequest.of(""), CableStatistics.Interval.MONTH))
                .satisfies(histogram -> assertThat(histogram.undated()).isEqualTo(1))
                .extracting(Histogram::buckets).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(new Histogram.Bucket("2007-11", 1), new Histogram.Bucket("2007-12", 0),
                        new Histogram.Bucket("2008-01", 0), new Histogram.Bucket("2008-02", 2));
        assertThat(statistics.histogram(SearchRequest.of("id:08*"), CableStatistics.Interval.YEAR).buckets())
                .containsExactly(new Histogram.Bucket("2008", 2));
    }

    @Test
    void statsDescribeTheWholeCorpus() throws IOException {
        index.upsert(cable("07MOSCOW1").created("2007-11-02T00:00:00Z").classification("SECRET")
                .tag("PREL", "External Political Relations").tag("RS", "geographic", "Russia").document());
        index.upsert(cable("08PARIS2").created("2008-02-10T00:00:00Z").origin("Embassy Paris").body("v1").document());
        index.upsert(cable("08PARIS2").created("2008-02-10T00:00:00Z").origin("Embassy Paris").body("v2").document());
        index.upsert(cable("09ROME3").created(null).origin("Embassy Rome").tag("PREL", null).document());
        index.refresh();

        CorpusStats stats = new CableStatistics(index, search).stats(ReaderAccess.EVERYTHING);

        assertThat(stats.cables()).isEqualTo(3);
        assertThat(stats.versions()).isEqualTo(4);
        assertThat(stats.undated()).isEqualTo(1);
        assertThat(stats.earliest()).hasToString("2007-11-02T00:00:00Z");
        assertThat(stats.latest()).hasToString("2008-02-10T00:00:00Z");
        assertThat(stats.distinct()).containsEntry("tag", 2).containsEntry("origin", 3).containsEntry("country", 1)
                .containsEntry("person", 0);
        assertThat(stats.classifications()).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("CONFIDENTIAL", 2L), tuple("SECRET", 1L));
        assertThat(stats.top().get("tag")).extracting(FacetValue::value, FacetValue::label, FacetValue::count)
                .containsExactly(tuple("PREL", "External Political Relations", 2L), tuple("RS", "Russia", 1L));
    }

    @Test
    void importCountsTheCablesWhoseIndexedVersionItDelivered() throws IOException {
        index.upsert(cable("07MOSCOW1").importId("import-a").document());
        index.upsert(cable("07MOSCOW2").importId("import-a").document());
        index.upsert(cable("07MOSCOW2").importId("import-b").body("again").document());
        index.refresh();

        var ofImportA = new SearchRequest(null, Map.of(CableFields.IMPORT_ID, List.of("import-a")), null, null, null, ReaderAccess.EVERYTHING);
        assertThat(search.count(ofImportA)).isEqualTo(1);
    }
}
