package io.cablestream.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux's {@code /proc} says about one process: CPU time used so far (user + system, from
 * {@code /proc/<pid>/stat}), resident memory now and at its peak ({@code VmRSS} and {@code VmHWM} of
 * {@code /proc/<pid>/status}) and the part of it that is pages of mapped files ({@code RssFile}).
 * Zero when the process is gone or {@code /proc} is missing.
 */
final class ProcStat {

    /** Kernel clock ticks per second in {@code /proc/<pid>/stat}; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcStat() {
    }

    /** CPU seconds (user + system) the process has used since it started. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name (field 2) may hold spaces; the fields after it start past its ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Resident set size now, in bytes. */
    static long rssBytes(long pid) {
        return statusKilobytes(pid, "VmRSS:") * 1024;
    }

    /** Resident pages of memory-mapped files (jars, libraries, Kafka's index files), in bytes. */
    static long rssFileBytes(long pid) {
        return statusKilobytes(pid, "RssFile:") * 1024;
    }

    /** Peak resident set size since the process started, in bytes. */
    static long peakRssBytes(long pid) {
        return statusKilobytes(pid, "VmHWM:") * 1024;
    }

    /** The one-minute load average of the machine, from {@code /proc/loadavg}. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long statusKilobytes(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone
        }
        return 0;
    }
}
