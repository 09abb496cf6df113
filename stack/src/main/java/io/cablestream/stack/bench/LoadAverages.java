package io.cablestream.stack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The machine's one-minute load average at the end of each step of a benchmark, printed as it is
 * taken and kept for the report: figures from a shared machine mean little without it.
 */
final class LoadAverages {

    /** One reading: after which step, and the load. */
    record Reading(String step, double load) {
    }

    private final List<Reading> readings = new ArrayList<>();

    void mark(String step) {
        var reading = new Reading(step, ProcStat.loadAverage());
        readings.add(reading);
        System.out.printf(Locale.ROOT, "           load average (1 min) after %s: %.2f%n", step, reading.load());
    }

    List<Reading> readings() {
        return List.copyOf(readings);
    }

    /** {@code step 1.23, step 4.56, ...} */
    String summary() {
        return String.join(", ", readings.stream()
                .map(r -> String.format(Locale.ROOT, "%s %.1f", r.step(), r.load())).toList());
    }
}
