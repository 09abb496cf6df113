package io.cablestream.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmMemoryTest {

    private static final long MB = 1024 * 1024;

    @Test
    void readsAnotherJvmsHeapAndItsLiveHeapAfterAFullCollection(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("Idle.java");
        Files.writeString(source, """
                public class Idle {
                    static byte[] kept = new byte[16 << 20];
                    public static void main(String[] args) throws Exception {
                        for (int i = 0; i < 200; i++) { byte[] garbage = new byte[64 << 10]; }
                        System.out.println("ready");
                        Thread.sleep(120_000);
                    }
                }
                """);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx64m", source.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("ready");
            try (var memory = JvmMemory.attach(child.pid())) {
                var before = memory.read();

                long live = memory.liveHeapAfterFullGc();
                var after = memory.read();

                assertThat(after.fullGcs()).isEqualTo(before.fullGcs() + 1);
                assertThat(live).isBetween(16 * MB, 32 * MB).isLessThanOrEqualTo(after.heapCommitted());
                assertThat(after.heapAfterGc()).isEqualTo(live);
                assertThat(after.heapMax()).isBetween(32 * MB, 64 * MB);
                assertThat(after.nonHeapUsed()).isPositive();
            }
        } finally {
            child.destroyForcibly().waitFor();
        }
    }
}
