package io.cablestream.contract.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The local token-signing key pair as PEM files: {@value #PRIVATE_KEY} (PKCS#8, readable by its owner
 * only) and {@value #PUBLIC_KEY} (X.509), the file the services verify tokens with.
 */
public final class KeyFiles {

    /** File name of the private key inside the key folder. */
    public static final String PRIVATE_KEY = "jwt-private.pem";
    /** File name of the public key inside the key folder. */
    public static final String PUBLIC_KEY = "jwt-public.pem";

    private KeyFiles() {
    }

    /** Creates an RSA key pair in {@code dir} unless one is there already; returns the public key file. */
    public static Path ensure(Path dir) throws IOException {
        Path privateKey = dir.resolve(PRIVATE_KEY);
        Path publicKey = dir.resolve(PUBLIC_KEY);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return publicKey;
        }
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot generate RSA keys: " + e.getMessage(), e);
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "jwt-private", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions protect the key
        }
        Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.move(tmp, privateKey);
        return publicKey;
    }

    /** Reads the private key from {@code dir}, with a message saying how to create it when it is missing. */
    public static PrivateKey privateKey(Path dir) throws IOException {
        Path file = dir.resolve(PRIVATE_KEY);
        if (!Files.exists(file)) {
            throw new IOException("no local signing key at " + file + "; run ./cablestream up once to create it");
        }
        return privateKey(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /** Reads a PKCS#8 PEM private key. */
    public static PrivateKey privateKey(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an RSA private key in PKCS#8 PEM: " + e.getMessage(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
