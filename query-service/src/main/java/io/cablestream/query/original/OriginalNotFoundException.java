package io.cablestream.query.original;

/** {@code cables.raw.v1} no longer holds the text of a cable version, or it lies beyond the scan limit. */
public class OriginalNotFoundException extends RuntimeException {

    public OriginalNotFoundException(String id, int version, String contentHash) {
        super("The original text of " + id + " version " + version + " (" + contentHash + ") is not on "
                + "cables.raw.v1 within cablestream.query.original.scan-limit records before it was enriched: the "
                + "topic's retention dropped it, or raise the scan limit");
    }
}
