package io.cablestream.contract.auth;

import java.util.Optional;
import java.util.function.Function;

/**
 * Refuses to run a service with user APIs without a key to verify access tokens: such a service
 * would otherwise start and either reject everyone or, worse, be mistaken for an open one.
 */
public final class VerificationKey {

    /** Setting naming a PEM public key file, a JWKS file or a JWKS URL (MicroProfile JWT). */
    public static final String LOCATION = "mp.jwt.verify.publickey.location";
    /** Setting holding the public key itself (MicroProfile JWT). */
    public static final String INLINE = "mp.jwt.verify.publickey";

    private VerificationKey() {
    }

    /**
     * Checks that a verification key is configured.
     *
     * @param service the service's name, for the message
     * @param setting looks a setting up by name; empty when unset or blank
     * @throws IllegalStateException saying what to set when neither setting is there
     */
    public static void require(String service, Function<String, Optional<String>> setting) {
        if (setting.apply(LOCATION).isEmpty() && setting.apply(INLINE).isEmpty()) {
            throw new IllegalStateException(service + " cannot verify access tokens: no public key is configured. "
                    + "Set CABLESTREAM_JWT_PUBLIC_KEY to a PEM public key file or to your identity provider's JWKS URL "
                    + "(e.g. https://idp.example.org/realms/cables/protocol/openid-connect/certs) and "
                    + "CABLESTREAM_JWT_ISSUER to its issuer; ./cablestream up does this for the local stack. "
                    + "See docs/security.md");
        }
    }
}
