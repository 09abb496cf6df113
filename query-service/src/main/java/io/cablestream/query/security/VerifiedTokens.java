package io.cablestream.query.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Verifies each access token once rather than on every request: SmallRye JWT's factory of verified
 * tokens (the hook its Quarkus guide offers for custom factories), remembering a token that passed
 * verification, keyed by its exact text, until it expires ({@code exp}, or earlier when a maximum
 * token age is configured) and for {@value #REMEMBER_MINUTES} minutes at most; then it is verified
 * afresh, and refused if it no longer passes. A token that fails is never remembered, and a token is
 * verified again under other settings (key, issuer) than those it passed with. At most
 * {@value #CAPACITY} tokens are remembered; beyond that the expired are dropped, and while it stays
 * full new tokens are verified on each use. There is no revocation of single tokens here; with a
 * verification key given as a JWKS URL, a key withdrawn from the set stops a remembered token at most
 * {@value #REMEMBER_MINUTES} minutes later than it would without this cache.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    private static final int CAPACITY = 1_024;
    private static final int REMEMBER_MINUTES = 5;

    /** A verified token, the settings it was verified with, and until when it may be used without verifying it again. */
    private record Verified(JWTCallerPrincipal principal, JWTAuthContextInfo settings, long untilMillis) {
    }

    private final JWTCallerPrincipalFactory verifier;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedTokens() {
        this(new DefaultJWTCallerPrincipalFactory(), Clock.systemUTC(), CAPACITY);
    }

    VerifiedTokens(JWTCallerPrincipalFactory verifier, Clock clock, int capacity) {
        this.verifier = verifier;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo settings) throws ParseException {
        long now = clock.millis();
        Verified known = verified.get(token);
        if (known != null && known.settings() == settings && now < known.untilMillis()) {
            return known.principal();
        }
        JWTCallerPrincipal principal = verifier.parse(token, settings);
        long until = Math.min(usableUntil(principal, settings), now + TimeUnit.MINUTES.toMillis(REMEMBER_MINUTES));
        remember(token, new Verified(principal, settings, until), now);
        return principal;
    }

    /** Whether {@code token} is remembered as verified. */
    boolean remembers(String token) {
        return verified.containsKey(token);
    }

    /** How many tokens are remembered. */
    int size() {
        return verified.size();
    }

    private void remember(String token, Verified verification, long now) {
        if (verification.untilMillis() <= now) {
            return;
        }
        if (verified.size() >= capacity && !verified.containsKey(token)) {
            verified.values().removeIf(entry -> entry.untilMillis() <= now);
            if (verified.size() >= capacity) {
                return;
            }
        }
        verified.put(token, verification);
    }

    /** The instant (epoch milliseconds) until which the verification of {@code principal} holds; 0 when it holds for no time. */
    private static long usableUntil(JWTCallerPrincipal principal, JWTAuthContextInfo settings) {
        long until = principal.getExpirationTime() * 1000;
        Long maxAgeSeconds = settings.getTokenAge();
        if (maxAgeSeconds != null) {
            long issued = principal.getIssuedAtTime();
            until = issued <= 0 ? 0 : Math.min(until, (issued + maxAgeSeconds) * 1000);
        }
        return Math.max(until, 0);
    }
}
