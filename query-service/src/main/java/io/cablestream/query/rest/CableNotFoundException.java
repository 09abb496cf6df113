package io.cablestream.query.rest;

/**
 * No cable with the requested reference ID is in this replica's index, or the caller may not see it:
 * both read the same, so that a reader cannot learn that a cable above their clearance exists.
 */
public class CableNotFoundException extends RuntimeException {

    public CableNotFoundException(String id) {
        super("No cable with reference ID '" + id + "' is indexed, or your token's clearance and collections do not "
                + "cover it");
    }
}
