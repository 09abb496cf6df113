package io.cablestream.ingest.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.CableVersion;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CableVersionsTest {

    private static final Origin FIRST = new Origin("imp-1", "cables.csv", "attempt-1");
    private static final Origin RETRY = new Origin("imp-1", "cables.csv", "attempt-2");
    private static final Origin OTHER = new Origin("imp-2", "cables.csv", "attempt-3");

    @Test
    void aStoredVersionIsAcceptedEarlierForAnotherAttemptOfItsFileAndADuplicateForAnyoneElse() {
        var versions = new CableVersions();
        String hash = hash(1);

        assertThat(versions.claim(hash, FIRST).verdict()).isEqualTo(Claim.Verdict.NEW);
        assertThat(versions.claim(hash, OTHER).verdict()).isEqualTo(Claim.Verdict.IN_FLIGHT);
        versions.stored(hash, FIRST);

        assertThat(versions.claim(hash, RETRY).verdict()).isEqualTo(Claim.Verdict.ACCEPTED_EARLIER);
        assertThat(versions.claim(hash, OTHER).verdict()).isEqualTo(Claim.Verdict.DUPLICATE);
        assertThat(versions.storedElsewhere(hash, FIRST)).isEmpty();
        assertThat(versions.storedElsewhere(hash, RETRY)).contains(Claim.Verdict.ACCEPTED_EARLIER);
        assertThat(versions.storedElsewhere(hash, OTHER)).contains(Claim.Verdict.DUPLICATE);
        assertThat(versions.storedElsewhere(hash(2), OTHER)).isEmpty();
    }

    @Test
    void aReleasedClaimLetsTheNextUploadPublishAndALearnedVersionIsKnownWithItsOrigin() {
        var versions = new CableVersions();
        versions.claim(hash(1), FIRST);
        versions.released(hash(1), new IllegalStateException("broker gone"));
        versions.learn(new CableVersion("07MOSCOW1", hash(2), "imp-2", "cables.csv", "attempt-3", Instant.EPOCH));

        assertThat(versions.claim(hash(1), OTHER).verdict()).isEqualTo(Claim.Verdict.NEW);
        assertThat(versions.claim(hash(2), OTHER).verdict()).isEqualTo(Claim.Verdict.DUPLICATE);
        assertThat(versions.claim(hash(2), new Origin("imp-2", "cables.csv", "attempt-4")).verdict())
                .isEqualTo(Claim.Verdict.ACCEPTED_EARLIER);
    }

    @Test
    void everyVersionStaysKnownAsTheTableGrows() {
        var versions = new CableVersions();
        int count = 200_000;
        for (int i = 0; i < count; i++) {
            versions.learn(new CableVersion("R" + i, hash(i), "imp-" + i, "http", "a-" + i, Instant.EPOCH));
        }

        assertThat(versions.size()).isEqualTo(count);
        for (int i = 0; i < count; i += 997) {
            assertThat(versions.claim(hash(i), OTHER).verdict()).as("version %d", i).isEqualTo(Claim.Verdict.DUPLICATE);
        }
        assertThat(versions.claim(hash(count), OTHER).verdict()).isEqualTo(Claim.Verdict.NEW);
    }

    @Test
    void knownVersionsTakeNoHeapPerVersion() {
        var versions = new CableVersions();
        long before = liveHeap();
        int count = 200_000;
        for (int i = 0; i < count; i++) {
            // one single post per version: an import and an attempt of its own, as POST /cables makes
            var origin = new Origin("imp-" + i, "http", "attempt-" + i);
            String hash = hash(i);
            versions.claim(hash, origin);
            versions.stored(hash, origin);
        }
        long perVersion = (liveHeap() - before) / count;

        assertThat(versions.size()).isEqualTo(count);
        // held on the heap, a version took about 100 bytes (plus its origin's strings for a single post)
        assertThat(perVersion).isLessThan(10);
    }

    private static long liveHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    static String hash(int i) {
        return "sha256:" + HexFormat.of().toHexDigits((long) i * 0x9E3779B97F4A7C15L) + HexFormat.of().toHexDigits(i)
                + "0".repeat(32);
    }
}
