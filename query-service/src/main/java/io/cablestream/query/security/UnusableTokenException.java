package io.cablestream.query.security;

/** The caller's token is valid but one of its claims cannot be used; the message says which and why. */
public class UnusableTokenException extends RuntimeException {

    public UnusableTokenException(String message) {
        super(message);
    }
}
