package io.cablestream.query.original;

/** The original text cannot be looked up now: the broker holding {@code cables.raw.v1} does not answer. */
public class OriginalUnavailableException extends RuntimeException {

    public OriginalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
