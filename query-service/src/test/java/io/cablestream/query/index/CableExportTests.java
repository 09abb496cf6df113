package io.cablestream.query.index;

import static io.cablestream.query.TestCables.cable;
import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.topic.Topics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CableExportTests {

    private static final int PAGE_SIZE = 3;

    @TempDir
    Path dir;

    private CableIndex index;
    private CableExport export;

    @BeforeEach
    void open() throws IOException {
        index = CableIndex.open(dir);
        export = new CableExport(index, PAGE_SIZE);
        for (int i = 0; i < 10; i++) {
            index.upsert(cable("07MOSCOW" + i).created("2007-01-" + (10 + i) + "T00:00:00Z")
                    .body(i % 2 == 0 ? "even cable" : "odd cable").document());
        }
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void exportsEveryMatchAcrossManyPagesInTheRequestOrder() throws IOException {
        List<ExportedCable> exported = new ArrayList<>();

        long count = export.export(new SearchRequest(null, Map.of(), null, null, SearchOrder.OLDEST, ReaderAccess.EVERYTHING), exported::add);

        assertThat(count).isEqualTo(10);
        assertThat(exported).extracting(ExportedCable::id)
                .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(i -> "07MOSCOW" + i).toList());
        assertThat(Topics.ENRICHED.decode(exported.getFirst().json()).cable().referenceId()).isEqualTo("07MOSCOW0");
    }

    @Test
    void exportsOnlyMatchesOfTheQueryRankedByRelevance() throws IOException {
        List<String> ids = new ArrayList<>();

        export.export(SearchRequest.of("odd"), cable -> ids.add(cable.id()));

        assertThat(ids).hasSize(5).doesNotHaveDuplicates().allMatch(id -> (id.charAt(id.length() - 1) - '0') % 2 == 1);
    }

    @Test
    void exportOfAResultListThatFillsWholePagesEndsAfterTheLastCable() throws IOException {
        List<String> ids = new ArrayList<>();

        export.export(new SearchRequest(null, Map.of(), null, "2007-01-15", null, ReaderAccess.EVERYTHING), cable -> ids.add(cable.id()));

        assertThat(ids).hasSize(6).doesNotHaveDuplicates();
    }
}
