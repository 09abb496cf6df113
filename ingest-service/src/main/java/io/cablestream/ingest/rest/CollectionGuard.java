package io.cablestream.ingest.rest;

import io.cablestream.ingest.domain.RejectedCableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Decides which collection a request imports into: the {@code collection} query parameter must be a
 * valid collection name (letters, digits, {@code .}, {@code _}, {@code -}, at most 64, starting with
 * a letter or digit).
 */
@ApplicationScoped
public class CollectionGuard {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /**
     * The collection named {@code collection}, once checked.
     *
     * @throws RejectedCableException (400) when the name is not a valid collection name
     */
    public String writable(String collection) {
        if (collection == null || !NAME.matcher(collection).matches()) {
            throw new RejectedCableException(400, "bad-collection", "Bad collection name",
                    "collection is '" + collection + "'; a collection name is 1 to 64 letters, digits, '.', '_' or "
                            + "'-', starting with a letter or digit, e.g. 'default' or 'cablegate-2010'");
        }
        return collection;
    }
}
