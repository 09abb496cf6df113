package io.cablestream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JFR profiling of the stack's JVMs is asked for by {@code CABLESTREAM_JFR} and names one file per process. */
class FlightRecordingTest {

    @Test
    void recordsNothingUnlessAsked() {
        assertThat(FlightRecording.jvmArgs("kafka", Map.of())).isEmpty();
        assertThat(FlightRecording.jvmArgs("kafka", Map.of(FlightRecording.VARIABLE, "  "))).isEmpty();
    }

    @Test
    void recordsEachProcessIntoItsOwnFile() {
        var args = FlightRecording.jvmArgs("parse-service", Map.of(FlightRecording.VARIABLE, "/tmp/jfr"));
        assertThat(args).containsExactly("-XX:StartFlightRecording=filename="
                + Path.of("/tmp/jfr/parse-service.jfr") + ",settings=profile,dumponexit=true");
    }
}
