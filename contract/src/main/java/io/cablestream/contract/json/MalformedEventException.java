package io.cablestream.contract.json;

/** Thrown when a record's value cannot be read as the event its topic promises. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
