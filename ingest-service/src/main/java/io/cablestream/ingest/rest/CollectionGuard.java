package io.cablestream.ingest.rest;

import io.cablestream.contract.auth.ClaimValues;
import io.cablestream.contract.auth.Roles;
import io.cablestream.ingest.domain.RejectedCableException;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Decides whether the caller may import into a collection: the name must be a valid collection name
 * (letters, digits, {@code .}, {@code _}, {@code -}, at most 64, starting with a letter or digit),
 * and the caller's token must grant it: the admin role, or the collection (or {@code *}) in the
 * {@code collections} claim (a token without the claim is granted {@code default} only).
 */
@RequestScoped
public class CollectionGuard {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final JsonWebToken token;

    CollectionGuard(JsonWebToken token) {
        this.token = token;
    }

    /**
     * The collection named {@code collection}, once checked.
     *
     * @throws RejectedCableException 400 when the name is not a valid collection name, 403 when the token
     *     does not grant it
     */
    public String writable(String collection) {
        if (collection == null || !NAME.matcher(collection).matches()) {
            throw new RejectedCableException(400, "bad-collection", "Bad collection name",
                    "collection is '" + collection + "'; a collection name is 1 to 64 letters, digits, '.', '_' or "
                            + "'-', starting with a letter or digit, e.g. 'default' or 'cablegate-2010'");
        }
        if (!readable(collection)) {
            throw new RejectedCableException(403, "forbidden", "Access denied",
                    "your token does not grant the collection '" + collection + "' (it grants "
                            + String.join(", ", granted()) + "); import into one of those, or ask for a token whose "
                            + "collections claim names it (locally: ./cablestream token --roles ingest --collections "
                            + collection + ")");
        }
        return collection;
    }

    /** Whether the token grants {@code collection}, e.g. to see an import of it. */
    public boolean readable(String collection) {
        List<String> granted = granted();
        return token.getGroups().contains(Roles.ADMIN) || granted.contains(Roles.ALL_COLLECTIONS)
                || granted.stream().anyMatch(collection::equalsIgnoreCase);
    }

    private List<String> granted() {
        return ClaimValues.collections(token.getClaim(Roles.COLLECTIONS));
    }
}
