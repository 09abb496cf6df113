package io.cablestream.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One line showing where an import stands: a bar of the cables completed through every stage,
 * counts, megabytes sent, rate, ETA and rejections.
 */
final class ProgressLine {

    private static final int BAR_WIDTH = 24;

    private ProgressLine() {
    }

    /**
     * @param status the import's {@code GET /imports/{id}} answer
     * @param bytesSent bytes of files sent so far
     * @param bytesTotal bytes of all files to send
     */
    static String of(JsonNode status, long bytesSent, long bytesTotal) {
        int percent = status.path("percent").asInt();
        int filled = percent * BAR_WIDTH / 100;
        String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
        long eta = eta(status, bytesSent, bytesTotal);
        String indexed = status.path("indexed").isNull() || status.path("indexed").isMissingNode() ? "?"
                : String.format(Locale.ROOT, "%,d", status.path("indexed").asLong());
        return String.format(Locale.ROOT,
                "[%s] %3d%% %-10s cables %,d accepted (%,d dup) · parsed %,d · enriched %,d · indexed %s · "
                        + "rejected %,d · %.1f/%.1f MB · %.0f/s · ETA %s",
                bar, percent, status.path("status").asText(), status.path("accepted").asLong(),
                status.path("duplicate").asLong(), status.path("parsed").asLong(), status.path("enriched").asLong(),
                indexed, rejected(status), bytesSent / 1e6, bytesTotal / 1e6, status.path("ratePerSecond").asDouble(),
                eta < 0 ? "--:--" : duration(eta));
    }

    /**
     * Seconds until the import is done, or -1 when unknown. ingest's own estimate covers the cables it
     * has received; while files are still being sent, the cables in the unsent bytes (as many per byte as
     * so far) are added at the current rate.
     */
    static long eta(JsonNode status, long bytesSent, long bytesTotal) {
        long eta = status.path("etaSeconds").asLong(-1);
        double rate = status.path("ratePerSecond").asDouble();
        if (!status.path("status").asText().equals("receiving") || bytesSent <= 0 || bytesSent >= bytesTotal
                || rate <= 0) {
            return eta;
        }
        double unsentCables = status.path("received").asDouble() * (bytesTotal - bytesSent) / bytesSent;
        return Math.max(0, eta) + (long) Math.ceil(unsentCables / rate);
    }

    /** Cables refused at intake or dead-lettered by a later stage. */
    static long rejected(JsonNode status) {
        return status.path("rejected").asLong() + status.path("parseFailed").asLong()
                + status.path("enrichFailed").asLong() + status.path("indexFailed").asLong();
    }

    static String duration(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
