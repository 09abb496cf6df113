package io.cablestream.query.index;

/** A search request that cannot be run as asked: bad query syntax, unknown field, foreign cursor, bad limit. */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
