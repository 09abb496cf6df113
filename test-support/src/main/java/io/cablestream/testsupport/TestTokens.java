package io.cablestream.testsupport;

import io.cablestream.contract.auth.KeyFiles;
import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.auth.TokenMinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Access tokens for tests, signed with the test key pair in {@code cablestream-test-keys/} on the
 * classpath (for tests only: services under test verify with its public half through
 * {@code %test.mp.jwt.verify.publickey.location=}{@value #PUBLIC_KEY_RESOURCE}).
 */
public final class TestTokens {

    /** Classpath resource of the public key services under test verify tokens with. */
    public static final String PUBLIC_KEY_RESOURCE = "cablestream-test-keys/jwt-public.pem";

    private static final TokenMinter MINTER = new TokenMinter(
            KeyFiles.privateKey(resource("cablestream-test-keys/jwt-private.pem")), Roles.LOCAL_ISSUER);
    private static final Duration TTL = Duration.ofHours(1);

    private TestTokens() {
    }

    /** A token with the admin role: sees and does everything. */
    public static String admin() {
        return MINTER.mint("test-admin", List.of(Roles.ADMIN), null, null, TTL);
    }

    /** A token that may import into {@code collections}. */
    public static String ingest(String... collections) {
        return MINTER.mint("test-ingest", List.of(Roles.INGEST), null, List.of(collections), TTL);
    }

    /** A token that may read the cables of {@code collections} classified at most {@code clearance}. */
    public static String reader(String clearance, String... collections) {
        return MINTER.mint("test-reader", List.of(Roles.READ), clearance, List.of(collections), TTL);
    }

    /** A token with any roles and claims, e.g. to try a role on an endpoint. */
    public static String token(List<String> roles, String clearance, List<String> collections) {
        return MINTER.mint("test-" + String.join("-", roles), roles, clearance, collections, TTL);
    }

    /** An admin token that expired ten minutes ago (beyond any clock skew allowed). */
    public static String expired() {
        return MINTER.mint("test-expired", List.of(Roles.ADMIN), null, null, Duration.ofMinutes(-10));
    }

    /** A token signed with {@code minter}'s key (e.g. the stack's local key). */
    public static String admin(TokenMinter minter) {
        return minter.mint("test-admin", List.of(Roles.ADMIN), null, null, TTL);
    }

    /** Writes the test public key to {@code file} (for services started as processes) and returns it. */
    public static Path publicKeyFile(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, resource(PUBLIC_KEY_RESOURCE));
    }

    /** The value of an {@code Authorization} header carrying {@code token}. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String resource(String name) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test key " + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
