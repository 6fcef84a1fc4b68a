package org.gongkai.common.security;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Makes sure an RSA key pair for signing tokens exists. Operators may give their own PEM files
 * (GONGKAI_JWT_PUBLIC_KEY / GONGKAI_JWT_PRIVATE_KEY); otherwise one pair is generated under the data
 * directory on first start, readable by the owner only, so no key ever lives in the repository.
 */
public final class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class);

    private JwtKeys() {
    }

    public static void ensure(Path publicKey, Path privateKey) {
        boolean hasPublic = Files.exists(publicKey);
        boolean hasPrivate = Files.exists(privateKey);
        if (hasPublic && hasPrivate) {
            return;
        }
        if (hasPublic != hasPrivate) {
            throw new IllegalStateException("Only one of the JWT key files exists: " + publicKey + ", " + privateKey
                    + ". Provide both or neither.");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
            write(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
            LOG.infof("Generated a new JWT signing key pair in %s", privateKey.toAbsolutePath().getParent());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String type, byte[] der, boolean secret) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        if (secret) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system (Windows): the directory's own permissions apply
            }
        }
    }
}
