package io.cablestream.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway TLS identity for a test broker, made with the JDK's {@code keytool}: a PKCS12 keystore holding
 * a self-signed key pair for {@code 127.0.0.1} / {@code localhost} (valid two days) and a truststore holding
 * its certificate, both protected by one random password.
 *
 * @param keystore the broker's key and certificate
 * @param truststore the certificate clients trust
 * @param password the password of both stores and of the key
 */
public record TlsMaterial(Path keystore, Path truststore, String password) {

    /** The type of both stores. */
    public static final String STORE_TYPE = "PKCS12";

    private static final long KEYTOOL_TIMEOUT_SECONDS = 120;

    /** Generates the stores in {@code directory}. */
    public static TlsMaterial generate(Path directory) {
        String password = UUID.randomUUID().toString();
        Path keystore = directory.resolve("broker.p12");
        Path certificate = directory.resolve("broker.crt");
        Path truststore = directory.resolve("truststore.p12");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", keystore.toString(), "-storetype", STORE_TYPE, "-storepass", password, "-keypass", password);
        keytool("-exportcert", "-rfc", "-alias", "broker", "-keystore", keystore.toString(), "-storepass", password,
                "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "broker", "-file", certificate.toString(),
                "-keystore", truststore.toString(), "-storetype", STORE_TYPE, "-storepass", password);
        return new TlsMaterial(keystore, truststore, password);
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run keytool from " + System.getProperty("java.home"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }
}
