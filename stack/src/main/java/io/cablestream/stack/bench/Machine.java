package io.cablestream.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A one-line description of the machine a benchmark ran on: CPU model, cores, memory, Java. */
final class Machine {

    private Machine() {
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String describe() {
        return String.format(Locale.ROOT, "%d × %s, %.0f GiB RAM, %s %s, Java %s", cores(),
                field("/proc/cpuinfo", "model name", System.getProperty("os.arch")),
                kilobytes(field("/proc/meminfo", "MemTotal", "0")) / 1024.0 / 1024.0, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.runtime.version"));
    }

    private static double kilobytes(String value) {
        return Double.parseDouble(value.replace("kB", "").strip());
    }

    private static String field(String file, String name, String fallback) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(name)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(fallback);
        } catch (IOException e) {
            return fallback;
        }
    }
}
