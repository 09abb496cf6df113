package io.cablestream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Optional Java Flight Recorder profiling of the stack's JVMs: when {@code CABLESTREAM_JFR} names a
 * folder, the broker and every service record with JFR's {@code profile} settings into
 * {@code <folder>/<process>.jfr} (written when the process stops; the folder is created when missing), e.g.
 * {@code CABLESTREAM_JFR=/tmp/jfr ./cablestream bench --cables 20000}.
 */
public final class FlightRecording {

    /** The environment variable naming the folder of the recordings. */
    public static final String VARIABLE = "CABLESTREAM_JFR";

    private FlightRecording() {
    }

    /** The JVM options that make process {@code name} record, or none when {@code environment} asks for no profiling. */
    public static List<String> jvmArgs(String name, Map<String, String> environment) {
        String folder = environment.get(VARIABLE);
        if (folder == null || folder.isBlank()) {
            return List.of();
        }
        Path directory = Path.of(folder.strip()).toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory + ", the folder " + VARIABLE
                    + " names for JFR recordings: " + e.getMessage() + "; name a writable folder or unset " + VARIABLE, e);
        }
        Path file = directory.resolve(name + ".jfr");
        return List.of("-XX:StartFlightRecording=filename=" + file + ",settings=profile,dumponexit=true");
    }
}
