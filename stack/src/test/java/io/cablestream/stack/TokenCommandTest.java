package io.cablestream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {

    @TempDir
    Path home;

    private StackSettings settings;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void settings() {
        settings = StackSettings.fromEnvironment(home, Map.of());
    }

    @Test
    void mintsATokenWithTheClaimsAskedSignedByTheLocalKey() throws Exception {
        Path publicKey = LocalKeys.ensure(settings);

        int exit = run("--roles", "read,ingest", "--clearance", "top_secret", "--collections", "desk-a,desk-b",
                "--ttl", "2h");

        assertThat(exit).isZero();
        String[] parts = out.toString(StandardCharsets.UTF_8).strip().split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode claims = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.path("iss").asText()).isEqualTo("cablestream-local");
        assertThat(claims.path("groups")).extracting(JsonNode::asText).containsExactly("read", "ingest");
        assertThat(claims.path("clearance").asText()).isEqualTo("TOP SECRET");
        assertThat(claims.path("collections")).extracting(JsonNode::asText).containsExactly("desk-a", "desk-b");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(7200);
        assertThat(verifies(publicKey, parts)).isTrue();
    }

    @Test
    void refusesAnUnknownRoleOrClearanceSayingWhatIsAllowed() {
        LocalKeys.ensure(settings);

        assertThat(run("--roles", "root")).isEqualTo(2);
        assertThat(run("--clearance", "COSMIC")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("roles are ingest, read, admin")
                .contains("give one of UNCLASSIFIED, CONFIDENTIAL, SECRET, TOP SECRET");
    }

    @Test
    void createsTheLocalKeyOnFirstUseAndKeepsIt() throws Exception {
        assertThat(run()).isZero();
        Path publicKey = LocalKeys.dir(settings).resolve("jwt-public.pem");
        String first = Files.readString(publicKey);

        assertThat(run()).isZero();
        assertThat(Files.readString(LocalKeys.ensure(settings))).isEqualTo(first);
        String[] tokens = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(verifies(publicKey, tokens[1].split("\\."))).isTrue();
    }

    private int run(String... args) {
        return TokenCommand.run(args, settings, new PrintStream(out), new PrintStream(err));
    }

    private static boolean verifies(Path publicKey, String[] parts) throws Exception {
        String pem = Files.readString(publicKey).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        var key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        var signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(key);
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
