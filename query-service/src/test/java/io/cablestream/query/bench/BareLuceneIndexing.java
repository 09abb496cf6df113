package io.cablestream.query.bench;

import io.cablestream.query.index.CableDocument;
import io.cablestream.query.index.CableIndex;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The index limit of {@code ./cablestream bench} (run in its own JVM by the stack's benchmark, not a
 * test): indexes enriched events, as query-service's feeder would, with query-service's own
 * {@link CableDocument} and {@link CableIndex} on one thread, but with no Kafka, no refreshes and
 * one commit at the end. Input: a file of length-prefixed {@code cables.enriched.v1} record values.
 * Prints {@code cables=N seconds=S cpuSeconds=C} on its last line.
 */
public final class BareLuceneIndexing {

    private BareLuceneIndexing() {
    }

    /** Arguments: the file of enriched events, an empty folder for the index, optionally how many events at most. */
    public static void main(String[] args) throws Exception {
        Path events = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        long most = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        int cables = 0;
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(events), 1 << 20));
                var index = CableIndex.open(dir)) {
            while (cables < most) {
                byte[] json;
                try {
                    json = in.readNBytes(in.readInt());
                } catch (EOFException e) {
                    break;
                }
                index.upsert(CableDocument.of(json));
                cables++;
            }
            index.commit(Map.of());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "cables=%d seconds=%.3f cpuSeconds=%.3f%n", cables, seconds, cpu);
    }
}
