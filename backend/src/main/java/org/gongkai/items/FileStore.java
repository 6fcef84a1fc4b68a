package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Attachment bytes, content-addressed: a file is stored once under {@code files/<sha[0..2]>/<sha256>} however
 * many attachments refer to it. Files follow the database: a file written by a transaction that rolls back
 * is removed again, and a file is deleted only after the transaction that removed its last reference commits.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class);

    @Inject
    ItemsConfig config;

    @Inject
    TransactionSynchronizationRegistry tx;

    public record Stored(String sha256, long size) {
    }

    /** Copies {@code upload} into the store within the current transaction; answers its hash and size. */
    public Stored store(Path upload) {
        try {
            String sha = sha256(upload);
            long size = Files.size(upload);
            Path target = path(sha);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), sha, ".part");
                Files.copy(upload, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                afterCompletion(committed -> {
                    if (!committed) {
                        deleteQuietly(target);
                    }
                });
            }
            return new Stored(sha, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return Path.of(config.filesDir(), sha256.substring(0, 2), sha256);
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    /** Deletes the file once the current transaction commits (the caller checked that nothing else uses it). */
    public void deleteAfterCommit(String sha256) {
        Path target = path(sha256);
        afterCompletion(committed -> {
            if (committed) {
                deleteQuietly(target);
            }
        });
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void afterCompletion(java.util.function.Consumer<Boolean> action) {
        tx.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", p, e.getMessage());
        }
    }
}
