import io.cablestream.ingest.dedupe.CableVersions;
import io.cablestream.ingest.dedupe.Origin;
import java.lang.management.ManagementFactory;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Ingest benchmark helper: what the versions ingest knows cost. Claims and stores {@code COUNT} new versions,
 * {@code PER_UPLOAD} per upload (1: single posts, each its own import; 200: the soak's imports), and prints the
 * live heap they added (after full collections) per version, and the CPU time of the calling thread per
 * claim-and-store and per claim of a known version, with the load average.
 * Usage: {@code java -cp ingest-service/target/classes:contract/target/classes VersionsFootprint.java COUNT PER_UPLOAD}.
 */
public class VersionsFootprint {

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        int perUpload = Integer.parseInt(args[1]);
        var versions = new CableVersions();
        String[] hashes = new String[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = "sha256:" + HexFormat.of().toHexDigits(i * 0x9E3779B97F4A7C15L) + HexFormat.of().toHexDigits(i)
                    + "0".repeat(32);
        }
        var threads = ManagementFactory.getThreadMXBean();
        long before = liveHeap();
        long start = threads.getCurrentThreadCpuTime();
        Origin origin = null;
        for (int i = 0; i < count; i++) {
            if (i % perUpload == 0) {
                origin = new Origin("imp-" + UUID.randomUUID(), "http", UUID.randomUUID().toString());
            }
            versions.claim(hashes[i], origin);
            versions.stored(hashes[i], origin);
        }
        long storing = threads.getCurrentThreadCpuTime() - start;
        var stranger = new Origin("imp-other", "http", "attempt");
        start = threads.getCurrentThreadCpuTime();
        for (String hash : hashes) {
            versions.claim(hash, stranger);
        }
        long claiming = threads.getCurrentThreadCpuTime() - start;
        long added = liveHeap() - before;
        System.out.printf("%,d versions, %d per upload: live heap %+.1f MB = %d B per version; CPU %.0f ns per "
                + "claim and store, %.0f ns per claim of a known version (%d known, %d hashes held); load %.1f%n",
                count, perUpload, added / 1048576.0, added / count, storing / (double) count, claiming / (double) count,
                versions.size(), hashes.length, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
