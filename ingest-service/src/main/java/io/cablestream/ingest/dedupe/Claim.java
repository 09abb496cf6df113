package io.cablestream.ingest.dedupe;

import java.util.concurrent.CompletableFuture;

/**
 * What {@link CableVersions#claim} decided about one cable version.
 *
 * @param verdict what to do with the cable
 * @param stored for {@link Verdict#IN_FLIGHT}, completes when the other upload's copy is stored (or fails)
 */
public record Claim(Verdict verdict, CompletableFuture<Void> stored) {

    /** What to do with a cable version. */
    public enum Verdict {
        /** Never seen: this upload now owns it and must publish it, then report it stored or released. */
        NEW,
        /** Stored by an earlier attempt at the same file of the same import: count as accepted, do not republish. */
        ACCEPTED_EARLIER,
        /** Stored before by another import or file, or earlier in this same upload: a duplicate. */
        DUPLICATE,
        /** Another upload is publishing it right now: a duplicate, stored once that upload's broker ack arrives. */
        IN_FLIGHT
    }

    static Claim of(Verdict verdict) {
        return new Claim(verdict, null);
    }
}
