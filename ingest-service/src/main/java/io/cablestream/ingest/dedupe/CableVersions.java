package io.cablestream.ingest.dedupe;

import io.cablestream.contract.event.CableVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every cable version ingest has stored, by content hash: the memory that makes re-ingest free of
 * duplicates. Filled at start from {@code cables.versions.v1} (which every replica follows, so a version
 * stored by one replica is known to all), and by this replica as its uploads commit (each raw record
 * and its version record in one transaction). A hash is held as 128 bits, about 100 bytes per version
 * in memory.
 */
@ApplicationScoped
public class CableVersions {

    private final Map<Fingerprint, Origin> stored = new ConcurrentHashMap<>();
    private final Map<Fingerprint, Pending> pending = new HashMap<>();
    private final Map<Origin, Origin> origins = new ConcurrentHashMap<>();

    private record Pending(Origin origin, CompletableFuture<Void> stored) {
    }

    /** Decides whether {@code origin} must publish the version {@code contentHash}; see {@link Claim.Verdict}. */
    public synchronized Claim claim(String contentHash, Origin origin) {
        var fingerprint = Fingerprint.of(contentHash);
        Origin first = stored.get(fingerprint);
        if (first != null) {
            return Claim.of(first.isOtherAttemptOfSamePart(origin) ? Claim.Verdict.ACCEPTED_EARLIER : Claim.Verdict.DUPLICATE);
        }
        Pending inFlight = pending.get(fingerprint);
        if (inFlight != null) {
            return origin.equals(inFlight.origin()) ? Claim.of(Claim.Verdict.DUPLICATE)
                    : new Claim(Claim.Verdict.IN_FLIGHT, inFlight.stored());
        }
        pending.put(fingerprint, new Pending(intern(origin), new CompletableFuture<>()));
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
            stored.put(fingerprint, intern(origin));
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
            stored.putIfAbsent(fingerprint, intern(new Origin(version.importId(), version.part(), version.attempt())));
            waiting = pending.remove(fingerprint);
        }
        if (waiting != null) {
            waiting.stored().complete(null);
        }
    }

    /** Which upload stored {@code contentHash}, if it is stored. */
    public Optional<Origin> storedBy(String contentHash) {
        return Optional.ofNullable(stored.get(Fingerprint.of(contentHash)));
    }

    /** How many versions are known. */
    public int size() {
        return stored.size();
    }

    private Origin intern(Origin origin) {
        return origins.computeIfAbsent(origin, o -> o);
    }
}
