package io.cablestream.query.original;

import io.cablestream.contract.event.RecordPosition;

/**
 * {@code cables.raw.v1} no longer holds the text of a cable version, or, for a version whose event did not say
 * where its raw record lies, it lies beyond the scan limit.
 */
public class OriginalNotFoundException extends RuntimeException {

    /** @param rawPosition where the version's raw record lay, or {@code null} when its event did not say */
    public OriginalNotFoundException(String id, int version, String contentHash, RecordPosition rawPosition) {
        super(rawPosition != null
                ? "The original text of " + id + " version " + version + " (" + contentHash + ") is no longer on "
                        + "cables.raw.v1 at partition " + rawPosition.partition() + ", offset " + rawPosition.offset()
                        + ", where its event says it was stored: the topic's retention dropped it (or the topic was "
                        + "recreated since)"
                : "The original text of " + id + " version " + version + " (" + contentHash + ") is not on "
                        + "cables.raw.v1 within cablestream.query.original.scan-limit records before it was "
                        + "enriched (its event predates raw positions, so the partition was searched): the topic's "
                        + "retention dropped it, or raise the scan limit, or replay cables.raw.v1 so that its events "
                        + "carry the position");
    }
}
