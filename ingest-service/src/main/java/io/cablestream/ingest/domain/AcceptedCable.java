package io.cablestream.ingest.domain;

/**
 * What ingest answers for one cable.
 *
 * @param referenceId the canonical reference ID the cable is keyed by
 * @param importId the import batch it belongs to
 * @param contentHash the identity of this version of the cable
 * @param duplicate true when this exact version was stored before, so nothing was republished
 */
public record AcceptedCable(String referenceId, String importId, String contentHash, boolean duplicate) {
}
