package io.cablestream.stack.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The heap a JVM uses right now (survivor, eden and old generation in use), read with the JDK's
 * {@code jstat -gc}, which works for any JVM of the same user without changing it; {@code -1} when
 * it cannot be read.
 */
final class HeapProbe {

    private static final List<String> USED_COLUMNS = List.of("S0U", "S1U", "EU", "OU");

    private final String jstat;

    HeapProbe(Path javaBinary) {
        this.jstat = javaBinary.resolveSibling("jstat").toString();
    }

    long usedBytes(long pid) {
        try {
            Process process = new ProcessBuilder(jstat, "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return -1;
            }
            String[] lines = output.strip().split("\n");
            String[] names = lines[0].strip().split("\\s+");
            String[] values = lines[lines.length - 1].strip().split("\\s+");
            double kilobytes = 0;
            for (int i = 0; i < names.length; i++) {
                if (USED_COLUMNS.contains(names[i])) {
                    kilobytes += Double.parseDouble(values[i]);
                }
            }
            return (long) (kilobytes * 1024);
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
