package io.cablestream.ingest.domain;

/**
 * A request's content cannot be accepted as a cable. Carries the HTTP status, a problem slug and a
 * precise reason (what is wrong, where, how to fix it).
 */
public class RejectedCableException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;

    public RejectedCableException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
