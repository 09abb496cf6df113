package io.cablestream.query.rest;

/** No cable with the requested reference ID is in this replica's index. */
public class CableNotFoundException extends RuntimeException {

    public CableNotFoundException(String id) {
        super("No cable with reference ID '" + id + "' is indexed");
    }
}
