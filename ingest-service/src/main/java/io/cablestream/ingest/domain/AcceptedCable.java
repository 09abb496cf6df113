package io.cablestream.ingest.domain;

/**
 * What ingest answers once a cable is stored on {@code cables.raw.v1}.
 *
 * @param referenceId the canonical reference ID the cable is keyed by
 * @param importId the import batch it belongs to
 * @param contentHash the identity of this version of the cable
 */
public record AcceptedCable(String referenceId, String importId, String contentHash) {
}
