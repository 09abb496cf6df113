package io.cablestream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where Testcontainers is asked whether Docker runs, and where it is not asked at all. */
class DockerProbeTest {

    @TempDir
    Path home;

    @Test
    void asksWhereTheEnvironmentNamesADockerHost() {
        assertThat(DockerProbe.endpointMayExist(Map.of("DOCKER_HOST", "tcp://docker:2375"), home)).isTrue();
    }

    @Test
    void asksWhereADockerDesktopOrRootlessSocketExists() throws IOException {
        Path runtime = Files.createDirectories(home.resolve("runtime"));
        assertThat(DockerProbe.endpointMayExist(Map.of("XDG_RUNTIME_DIR", runtime.toString()), home))
                .isEqualTo(Files.exists(Path.of("/var/run/docker.sock")));

        Files.createFile(runtime.resolve("docker.sock"));
        assertThat(DockerProbe.endpointMayExist(Map.of("XDG_RUNTIME_DIR", runtime.toString()), home)).isTrue();
        Files.createDirectories(home.resolve(".docker/run"));
        Files.createFile(home.resolve(".docker/run/docker.sock"));
        assertThat(DockerProbe.endpointMayExist(Map.of(), home)).isTrue();
    }

    @Test
    void doesNotAskWithoutAnyEndpointButTheSystemSocket() {
        assertThat(DockerProbe.endpointMayExist(Map.of(), home)).isEqualTo(Files.exists(Path.of("/var/run/docker.sock")));
    }
}
