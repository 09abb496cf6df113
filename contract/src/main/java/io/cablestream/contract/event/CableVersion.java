package io.cablestream.contract.event;

import java.time.Instant;

/**
 * One version of a cable that ingest-service stored on {@code cables.raw.v1}, published on
 * {@code cables.versions.v1} (compacted, key = {@code contentHash}) once the raw record was
 * acknowledged. Read back at start by every ingest replica, it is the shared memory that tells a
 * re-sent cable (same hash: a duplicate) from a new version (same reference ID, new hash).
 *
 * @param referenceId the cable's canonical reference ID
 * @param contentHash the version's identity, as on {@link RawCable#contentHash()} (the record key)
 * @param importId the import that stored this version first
 * @param part the file (or request) of that import it came in
 * @param attempt the upload attempt of that part; a later attempt of the same part re-sending it
 *     counts it as accepted, not as a duplicate
 * @param acceptedAt when the broker acknowledged the raw record
 */
public record CableVersion(String referenceId, String contentHash, String importId, String part, String attempt,
        Instant acceptedAt) {
}
