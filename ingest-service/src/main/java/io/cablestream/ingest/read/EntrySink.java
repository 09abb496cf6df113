package io.cablestream.ingest.read;

import io.cablestream.contract.event.CableSource;
import io.cablestream.parser.CableInput;
import io.cablestream.parser.ReadEntry;
import io.cablestream.parser.Rejection;

/** Where readers hand what they find in an input, entry by entry, as they stream through it. */
public interface EntrySink {

    /** A cable found in the input. */
    void cable(CableInput input);

    /** An entry of the input that is not an acceptable cable, with where it is and why. */
    void rejection(CableSource where, String reason);

    /** Hands over an entry of the parser's {@link io.cablestream.parser.CableReader}. */
    default void entry(ReadEntry entry) {
        switch (entry) {
            case CableInput input -> cable(input);
            case Rejection rejection -> rejection(rejection.where(), rejection.reason());
        }
    }
}
