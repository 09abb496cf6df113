package io.cablestream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JFR profiling of the stack's JVMs is asked for by {@code CABLESTREAM_JFR} and names one file per process. */
class FlightRecordingTest {

    @Test
    void recordsNothingUnlessAsked() {
        assertThat(FlightRecording.jvmArgs("kafka", Map.of())).isEmpty();
        assertThat(FlightRecording.jvmArgs("kafka", Map.of(FlightRecording.VARIABLE, "  "))).isEmpty();
    }

    @Test
    void recordsEachProcessIntoItsOwnFileInAFolderMadeWhenMissing(@TempDir Path temp) {
        Path folder = temp.resolve("jfr");
        var args = FlightRecording.jvmArgs("parse-service", Map.of(FlightRecording.VARIABLE, folder.toString()));
        assertThat(args).containsExactly("-XX:StartFlightRecording=filename="
                + folder.resolve("parse-service.jfr") + ",settings=profile,dumponexit=true");
        assertThat(folder).isDirectory();
    }
}
