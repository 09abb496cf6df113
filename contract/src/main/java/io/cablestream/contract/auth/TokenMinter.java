package io.cablestream.contract.auth;

import io.cablestream.contract.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs access tokens (RS256 JWTs) with a local private key, as {@code ./cablestream token} and the
 * tests do: subject, roles, clearance and collections in the claims the services read ({@link Roles}).
 * Production tokens come from an OpenID Connect provider instead.
 */
public final class TokenMinter {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;
    private final String issuer;

    public TokenMinter(PrivateKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /**
     * A signed token.
     *
     * @param subject who the token is for, e.g. {@code local-admin}
     * @param roles values of the {@code groups} claim
     * @param clearance the {@code clearance} claim, or {@code null} for none
     * @param collections the {@code collections} claim, or {@code null} for none
     * @param ttl how long the token is valid from now
     */
    public String mint(String subject, List<String> roles, String clearance, List<String> collections, Duration ttl) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ttl).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put(Roles.GROUPS, roles);
        if (clearance != null) {
            claims.put(Roles.CLEARANCE, clearance);
        }
        if (collections != null) {
            claims.put(Roles.COLLECTIONS, collections);
        }
        String signingInput = encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token with the local key: " + e.getMessage(), e);
        }
    }

    private static String encode(Map<String, Object> json) {
        return BASE64URL.encodeToString(Json.encode(json));
    }
}
