package io.cablestream.stack;

import io.cablestream.contract.auth.KeyFiles;
import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.auth.TokenMinter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The local stack's token-signing key pair, in {@code <data>/keys} (git-ignored, created by the first
 * {@code ./cablestream up}): services verify with the public key, {@code ./cablestream token} and
 * {@code ./cablestream import} sign with the private one.
 */
public final class LocalKeys {

    private LocalKeys() {
    }

    /** The folder of the key pair. */
    public static Path dir(StackSettings settings) {
        return settings.dataDir().resolve("keys");
    }

    /** Creates the key pair unless it exists; returns the public key file. */
    public static Path ensure(StackSettings settings) {
        try {
            return KeyFiles.ensure(dir(settings));
        } catch (IOException e) {
            throw new StackException("cannot create the local signing key in " + dir(settings) + ": " + e.getMessage(), e);
        }
    }

    /** Signs tokens with the local private key, which must exist. */
    public static TokenMinter minter(StackSettings settings) throws IOException {
        return new TokenMinter(KeyFiles.privateKey(dir(settings)), Roles.LOCAL_ISSUER);
    }
}
