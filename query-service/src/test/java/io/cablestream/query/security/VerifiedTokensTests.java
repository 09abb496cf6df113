package io.cablestream.query.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.auth.TokenMinter;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A token is verified once and then remembered until it expires, five minutes at most; refused
 * tokens and tokens under other settings are verified (and refused) again; the number remembered is
 * bounded; query-service authenticates through it.
 */
@QuarkusTest
class VerifiedTokensTests {

    private static final KeyPair KEYS = keyPair();
    private static final KeyPair OTHER_KEYS = keyPair();
    private static final TokenMinter MINTER = new TokenMinter(KEYS.getPrivate(), Roles.LOCAL_ISSUER);
    private static final Duration TTL = Duration.ofHours(1);

    private final JWTAuthContextInfo settings = new JWTAuthContextInfo(KEYS.getPublic(), Roles.LOCAL_ISSUER);
    private final AtomicInteger verifications = new AtomicInteger();
    private final JWTCallerPrincipalFactory counting = new JWTCallerPrincipalFactory() {
        private final DefaultJWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();

        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo info) throws ParseException {
            verifications.incrementAndGet();
            return verifier.parse(token, info);
        }
    };
    private final SettableClock clock = new SettableClock(Instant.now());

    @Inject
    VerifiedTokens serviceTokens;

    @Test
    void verifiesATokenOnceForFiveMinutesAtMost() throws ParseException {
        var tokens = new VerifiedTokens(counting, clock, 10);
        String token = MINTER.mint("reader", List.of(Roles.READ), null, null, TTL);

        JWTCallerPrincipal first = tokens.parse(token, settings);
        clock.set(clock.instant().plus(Duration.ofMinutes(4)));
        JWTCallerPrincipal second = tokens.parse(token, settings);
        assertThat(second).isSameAs(first);
        assertThat(first.getGroups()).containsExactly(Roles.READ);
        assertThat(verifications).hasValue(1);

        clock.set(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(tokens.parse(token, settings)).isNotSameAs(first);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void verifiesATokenAgainOnceItExpired() throws ParseException {
        var tokens = new VerifiedTokens(counting, clock, 10);
        String token = MINTER.mint("reader", List.of(Roles.READ), null, null, Duration.ofMinutes(2));

        JWTCallerPrincipal first = tokens.parse(token, settings);
        clock.set(Instant.ofEpochSecond(first.getExpirationTime()).minusMillis(1));
        assertThat(tokens.parse(token, settings)).isSameAs(first);
        clock.set(Instant.ofEpochSecond(first.getExpirationTime()));
        assertThat(tokens.parse(token, settings)).isNotSameAs(first);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void neverRemembersARefusedToken() {
        var tokens = new VerifiedTokens(counting, clock, 10);
        String forged = new TokenMinter(OTHER_KEYS.getPrivate(), Roles.LOCAL_ISSUER)
                .mint("mallory", List.of(Roles.ADMIN), null, null, TTL);

        assertThatThrownBy(() -> tokens.parse(forged, settings)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(forged, settings)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void verifiesARememberedTokenAgainUnderOtherSettings() throws ParseException {
        var tokens = new VerifiedTokens(counting, clock, 10);
        String token = MINTER.mint("reader", List.of(Roles.READ), null, null, TTL);
        tokens.parse(token, settings);

        var otherKey = new JWTAuthContextInfo(OTHER_KEYS.getPublic(), Roles.LOCAL_ISSUER);
        assertThatThrownBy(() -> tokens.parse(token, otherKey)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void remembersAtMostItsCapacityAndMakesRoomByDroppingExpiredTokens() throws ParseException {
        var tokens = new VerifiedTokens(counting, clock, 2);
        String shortLived = MINTER.mint("a", List.of(Roles.READ), null, null, Duration.ofMinutes(2));
        tokens.parse(shortLived, settings);
        tokens.parse(MINTER.mint("b", List.of(Roles.READ), null, null, TTL), settings);
        String third = MINTER.mint("c", List.of(Roles.READ), null, null, TTL);

        tokens.parse(third, settings);
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.remembers(third)).isFalse();

        clock.set(clock.instant().plus(Duration.ofMinutes(3)));
        tokens.parse(third, settings);
        assertThat(tokens.remembers(third)).isTrue();
        assertThat(tokens.remembers(shortLived)).isFalse();
        assertThat(tokens.size()).isEqualTo(2);
    }

    @Test
    void queryServiceRemembersTheTokensItAcceptedOnly() {
        String token = TestTokens.reader("SECRET", "default");
        given().auth().oauth2(token).get("/stats").then().statusCode(200);
        assertThat(serviceTokens.remembers(token)).isTrue();

        String expired = TestTokens.expired();
        given().auth().oauth2(expired).get("/stats").then().statusCode(401);
        assertThat(serviceTokens.remembers(expired)).isFalse();
    }

    private static KeyPair keyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test sets. */
    private static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
