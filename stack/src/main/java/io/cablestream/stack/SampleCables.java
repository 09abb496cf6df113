package io.cablestream.stack;

import io.cablestream.stack.corpus.CorpusGenerator;
import java.util.List;

/** A few synthetic cables (bare telegram text) for the local stack's sample load and for tests. */
public final class SampleCables {

    /** A generated cable: its reference ID and full text. */
    public record SampleCable(String referenceId, String text) {
    }

    private SampleCables() {
    }

    /** {@code count} cables generated from {@code seed}; the same arguments give the same cables. */
    public static List<SampleCable> generate(int count, long seed) {
        return new CorpusGenerator(seed).stream().limit(count)
                .map(cable -> new SampleCable(cable.referenceId(), cable.telegram())).toList();
    }
}
