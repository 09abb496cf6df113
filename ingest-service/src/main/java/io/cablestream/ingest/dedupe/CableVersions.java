package io.cablestream.ingest.dedupe;

import io.cablestream.contract.event.CableVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Every cable version ingest has stored, by content hash: the memory that makes re-ingest free of
 * duplicates. Filled at start from {@code cables.versions.v1} (which every replica follows, so a version
 * stored by one replica is known to all), and by this replica as its uploads commit (each raw record
 * and its version record in one transaction). The versions are kept outside the Java heap, in a
 * {@link VersionTable}, so the heap stays the same size however many versions are known; the uploads in
 * flight are kept on the heap.
 */
@ApplicationScoped
public class CableVersions {

    private final VersionTable stored = new VersionTable();
    private final Map<Fingerprint, Pending> pending = new HashMap<>();

    private record Pending(Origin origin, CompletableFuture<Void> stored) {
    }

    /** Decides whether {@code origin} must publish the version {@code contentHash}; see {@link Claim.Verdict}. */
    public synchronized Claim claim(String contentHash, Origin origin) {
        var fingerprint = Fingerprint.of(contentHash);
        int first = stored.slotOf(fingerprint);
        if (first >= 0) {
            return Claim.of(byOtherAttemptOfSamePart(first, origin) ? Claim.Verdict.ACCEPTED_EARLIER
                    : Claim.Verdict.DUPLICATE);
        }
        Pending inFlight = pending.get(fingerprint);
        if (inFlight != null) {
            return origin.equals(inFlight.origin()) ? Claim.of(Claim.Verdict.DUPLICATE)
                    : new Claim(Claim.Verdict.IN_FLIGHT, inFlight.stored());
        }
        pending.put(fingerprint, new Pending(origin, new CompletableFuture<>()));
        return Claim.of(Claim.Verdict.NEW);
    }

    /**
     * Records that the raw record of a claimed version is stored (its transaction, which also wrote
     * the version to {@code cables.versions.v1}, committed); whoever waits on the claim may go on.
     */
    public void stored(String contentHash, Origin origin) {
        var fingerprint = Fingerprint.of(contentHash);
        Pending done;
        synchronized (this) {
            stored.putIfAbsent(fingerprint, origin.partKey(), origin.attemptKey());
            done = pending.remove(fingerprint);
        }
        if (done != null) {
            done.stored().complete(null);
        }
    }

    /** Gives up a claim whose raw record was not acknowledged, so the next upload of it publishes it. */
    public void released(String contentHash, Throwable why) {
        Pending dropped;
        synchronized (this) {
            dropped = pending.remove(Fingerprint.of(contentHash));
        }
        if (dropped != null) {
            dropped.stored().completeExceptionally(why);
        }
    }

    /**
     * Learns a version from {@code cables.versions.v1}; whoever waits for it to be stored (an upload of
     * this replica that lost the claim on it to another replica's) may go on.
     */
    public void learn(CableVersion version) {
        var fingerprint = Fingerprint.of(version.contentHash());
        Pending waiting;
        synchronized (this) {
            var origin = new Origin(version.importId(), version.part(), version.attempt());
            stored.putIfAbsent(fingerprint, origin.partKey(), origin.attemptKey());
            waiting = pending.remove(fingerprint);
        }
        if (waiting != null) {
            waiting.stored().complete(null);
        }
    }

    /**
     * Whether an upload other than {@code origin} stored {@code contentHash}: {@link Claim.Verdict#ACCEPTED_EARLIER}
     * when it was another attempt at the same file of the same import, {@link Claim.Verdict#DUPLICATE} when it was
     * another file or import; empty when it is not stored, or stored by {@code origin} itself.
     */
    public synchronized Optional<Claim.Verdict> storedElsewhere(String contentHash, Origin origin) {
        int slot = stored.slotOf(Fingerprint.of(contentHash));
        if (slot < 0 || stored.partKey(slot) == origin.partKey() && stored.attemptKey(slot) == origin.attemptKey()) {
            return Optional.empty();
        }
        return Optional.of(byOtherAttemptOfSamePart(slot, origin) ? Claim.Verdict.ACCEPTED_EARLIER
                : Claim.Verdict.DUPLICATE);
    }

    /** How many versions are known. */
    public synchronized int size() {
        return stored.size();
    }

    private boolean byOtherAttemptOfSamePart(int slot, Origin origin) {
        return stored.partKey(slot) == origin.partKey() && stored.attemptKey(slot) != origin.attemptKey();
    }
}
