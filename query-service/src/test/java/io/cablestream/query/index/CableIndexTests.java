package io.cablestream.query.index;

import static io.cablestream.query.TestCables.cable;
import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.topic.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CableIndexTests {

    private static final TopicPartition P0 = new TopicPartition(Topics.ENRICHED.name(), 0);
    private static final TopicPartition P2 = new TopicPartition(Topics.ENRICHED.name(), 2);

    @TempDir
    Path dir;

    private CableIndex index;

    @BeforeEach
    void open() throws IOException {
        index = CableIndex.open(dir);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void upsertingTheSameReferenceIdKeepsOneDocumentWithTheLatestContent() throws IOException {
        index.upsert(cable("07MOSCOW3804").subject("First version").document());
        index.upsert(cable("07MOSCOW3804").subject("Second version").document());
        index.upsert(cable("07MOSCOW3804").subject("Third version").document());
        index.refresh();

        assertThat(index.count()).isEqualTo(1);
        assertThat(Topics.ENRICHED.decode(index.json("07MOSCOW3804", ReaderAccess.EVERYTHING).orElseThrow()))
                .extracting(enriched -> enriched.cable().subject())
                .isEqualTo("Third version");
    }

    @Test
    void twoVersionsOfOneCableInOneImportCountTwiceForThatImport() throws IOException {
        index.upsert(cable("07MOSCOW3804").importId("imp-1").body("1. Redacted.").document());
        index.upsert(cable("07MOSCOW3804").importId("imp-1").body("1. Unredacted.").document());
        index.upsert(cable("07MOSCOW3805").importId("imp-2").body("1. Other.").document());
        index.refresh();

        assertThat(index.count()).isEqualTo(2);
        assertThat(index.versionsFrom("imp-1", ReaderAccess.EVERYTHING)).isEqualTo(2);
        assertThat(index.versionsFrom("imp-2", ReaderAccess.EVERYTHING)).isEqualTo(1);
        assertThat(index.versionsFrom("imp-3", ReaderAccess.EVERYTHING)).isZero();
    }

    @Test
    void versionsRecordedSinceTheLastRefreshAreReadWithoutWaitingForTheNext() throws IOException {
        index.upsert(cable("07MOSCOW3804").importId("imp-1").body("1. Redacted.").document());
        index.refresh();
        index.upsert(cable("07MOSCOW3804").importId("imp-1").body("1. Unredacted.").document());

        assertThat(index.versions("07MOSCOW3804")).extracting(CableVersion::body)
                .containsExactlyInAnyOrder("1. Redacted.", "1. Unredacted.");
        assertThat(index.versionsFrom("imp-1", ReaderAccess.EVERYTHING)).isEqualTo(2);
    }

    @Test
    void storedJsonIsTheRecordValueByteForByte() throws IOException {
        byte[] json = cable("07MOSCOW3804").json();
        byte[] withNewerField = new String(json, StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedLater\":true,")
                .getBytes(StandardCharsets.UTF_8);
        index.upsert(CableDocument.of(withNewerField));
        index.refresh();

        assertThat(index.json("07MOSCOW3804", ReaderAccess.EVERYTHING)).hasValue(withNewerField);
    }

    @Test
    void lookupByReferenceIdIgnoresCase() throws IOException {
        index.upsert(cable("07MOSCOW3804").document());
        index.refresh();

        assertThat(index.json("07moscow3804", ReaderAccess.EVERYTHING)).isPresent();
        assertThat(index.json("07MOSCOW3805", ReaderAccess.EVERYTHING)).isEmpty();
    }

    @Test
    void deleteRemovesTheCable() throws IOException {
        index.upsert(cable("07MOSCOW3804").document());
        index.upsert(cable("07MOSCOW3805").document());
        index.delete("07MOSCOW3804");
        index.refresh();

        assertThat(index.count()).isEqualTo(1);
        assertThat(index.json("07MOSCOW3804", ReaderAccess.EVERYTHING)).isEmpty();
    }

    @Test
    void committedOffsetsSurviveCloseAndReopen() throws IOException {
        index.upsert(cable("07MOSCOW3804").document());
        index.commit(Map.of(P0, 42L, P2, 7L));
        index.close();

        index = CableIndex.open(dir);

        assertThat(index.committedOffsets()).containsExactlyInAnyOrderEntriesOf(Map.of(P0, 42L, P2, 7L));
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void reopenedIndexReportsTheOffsetsOfItsLastCommitNotOfLaterWrites() throws IOException {
        index.upsert(cable("07MOSCOW3804").document());
        index.commit(Map.of(P0, 1L));
        index.upsert(cable("07MOSCOW3805").document());
        index.close();

        index = CableIndex.open(dir);

        assertThat(index.committedOffsets()).containsExactlyEntriesOf(Map.of(P0, 1L));
    }

    @Test
    void newIndexHasNoOffsets() {
        assertThat(index.committedOffsets()).isEmpty();
        assertThat(index.count()).isZero();
    }
}
