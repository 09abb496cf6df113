package io.cablestream.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void durationsTakeSecondsMinutesHoursOrBareSeconds() {
        assertThat(BenchCommand.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(BenchCommand.duration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(BenchCommand.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(BenchCommand.duration("45")).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void unknownUnitsAreRefused() {
        assertThatThrownBy(() -> BenchCommand.duration("3d")).isInstanceOf(IllegalArgumentException.class);
    }
}
