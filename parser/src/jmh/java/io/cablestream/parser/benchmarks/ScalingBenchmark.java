package io.cablestream.parser.benchmarks;

import io.cablestream.contract.event.RawCable;
import io.cablestream.parser.CableInput;
import io.cablestream.parser.CableParser;
import io.cablestream.parser.CableReader;
import io.cablestream.parser.CableRejectedException;
import io.cablestream.parser.InputFormat;
import io.cablestream.parser.ReadEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to read and parse one whole input of 1, 10 and 100 MB, as the CLI does (split into cables,
 * parse each): {@code telegrams} is a file of different synthetic telegrams, {@code repetition} one
 * telegram repeating the same paragraph (above the parser's limit of
 * {@value CableParser#MAX_TEXT_LENGTH} characters it is split and then rejected with a typed rejection).
 * Linear time shows as a constant time per MB. An iteration that outlasts its time still finishes
 * its input, so the largest inputs run one operation per iteration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ScalingBenchmark {

    static final String TELEGRAMS = "telegrams";
    private static final int MB = 1_000_000;

    @Param({"1", "10", "100"})
    public int megabytes;

    @Param({TELEGRAMS, "repetition"})
    public String shape;

    private final CableParser parser = new CableParser();
    private String input;
    private long bytes;

    @Setup(Level.Trial)
    public void write() {
        int chars = megabytes * MB;
        input = shape.equals(TELEGRAMS) ? SyntheticCables.telegramFile(chars, 11) : SyntheticCables.repetition(chars);
        bytes = input.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Returns how many cables parsed (the rest were rejected). */
    @Benchmark
    public int readAndParse(CpuCounters counters) {
        int parsed = 0;
        for (ReadEntry entry : CableReader.read(input, InputFormat.AUTO, "scaling").toList()) {
            if (entry instanceof CableInput cable) {
                try {
                    parser.parse(new RawCable(null, "benchmark", null, cable.format().id(), cable.source(),
                            cable.metadata(), Instant.EPOCH, cable.text()));
                    parsed++;
                } catch (CableRejectedException e) {
                    // counted as not parsed
                }
            }
        }
        counters.parsed(bytes);
        return parsed;
    }
}
