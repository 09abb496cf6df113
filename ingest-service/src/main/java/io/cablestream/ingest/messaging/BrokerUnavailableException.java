package io.cablestream.ingest.messaging;

/** The broker did not acknowledge a record in time: the client must retry, nothing was stored. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
