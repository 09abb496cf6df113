package io.cablestream.query.ingest;

/** ingest-service cannot answer for import progress: not configured (503), unreachable (502) or too slow (504). */
public class IngestUnavailableException extends RuntimeException {

    private final int status;

    public IngestUnavailableException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }
}
