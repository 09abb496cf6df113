package io.cablestream.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;

/**
 * Whether tests can start containers, asked once per JVM. Testcontainers is asked only where a Docker endpoint
 * can exist at all (a {@code DOCKER_HOST}, a Testcontainers configuration file or one of the sockets its
 * strategies look for), so that machines without Docker fall back to the in-JVM broker without Testcontainers
 * logging its failed discovery as an error, whatever logging backend the test runs with.
 */
final class DockerProbe {

    private static final boolean AVAILABLE = endpointMayExist(System.getenv(), Path.of(System.getProperty("user.home")))
            && DockerClientFactory.instance().isDockerAvailable();

    private DockerProbe() {
    }

    static boolean dockerAvailable() {
        return AVAILABLE;
    }

    /** Whether the environment names a Docker endpoint or one of the usual sockets exists. */
    static boolean endpointMayExist(Map<String, String> environment, Path home) {
        if (environment.containsKey("DOCKER_HOST") || environment.containsKey("TESTCONTAINERS_HOST_OVERRIDE")
                || System.getProperty("os.name", "").startsWith("Windows")) {
            return true;
        }
        var candidates = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"),
                home.resolve(".testcontainers.properties"), home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"), home.resolve(".colima/default/docker.sock"),
                home.resolve(".rd/docker.sock")));
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null) {
            candidates.add(Path.of(runtime, "docker.sock"));
            candidates.add(Path.of(runtime, ".docker/run/docker.sock"));
        }
        return candidates.stream().anyMatch(Files::exists);
    }
}
