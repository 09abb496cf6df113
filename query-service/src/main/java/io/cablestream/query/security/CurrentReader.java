package io.cablestream.query.security;

import io.cablestream.contract.auth.ClaimValues;
import io.cablestream.contract.auth.Roles;
import io.cablestream.query.index.Clearance;
import io.cablestream.query.index.ReaderAccess;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the caller of this request may see, read from its verified access token: administrators
 * see everything; anyone else sees cables up to the {@code clearance} claim (none:
 * {@code UNCLASSIFIED}) in the collections of the {@code collections} claim (none: {@code default}).
 */
@RequestScoped
public class CurrentReader {

    private final JsonWebToken token;

    CurrentReader(JsonWebToken token) {
        this.token = token;
    }

    /**
     * The caller's access.
     *
     * @throws UnusableTokenException when the token's clearance names no level
     */
    public ReaderAccess access() {
        if (token.getGroups().contains(Roles.ADMIN)) {
            return ReaderAccess.EVERYTHING;
        }
        return new ReaderAccess(clearance(), collections());
    }

    /** The caller's collections at any clearance, for counts that show no content (an import's indexed count). */
    public ReaderAccess countingAccess() {
        if (token.getGroups().contains(Roles.ADMIN)) {
            return ReaderAccess.EVERYTHING;
        }
        return new ReaderAccess(Clearance.TOP_SECRET, collections());
    }

    private Clearance clearance() {
        String claim = ClaimValues.text(token.getClaim(Roles.CLEARANCE));
        if (claim == null) {
            return Clearance.UNCLASSIFIED;
        }
        try {
            return Clearance.named(claim);
        } catch (IllegalArgumentException e) {
            throw new UnusableTokenException("the token's " + Roles.CLEARANCE + " claim cannot be used: "
                    + e.getMessage() + "; ask for a token with a valid clearance");
        }
    }

    private Set<String> collections() {
        return Set.copyOf(ClaimValues.collections(token.getClaim(Roles.COLLECTIONS)));
    }
}
