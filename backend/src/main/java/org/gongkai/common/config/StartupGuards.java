package org.gongkai.common.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.accounts.StaffAccountRepository;
import org.gongkai.common.security.JwtKeys;

import java.nio.file.Path;

/**
 * Refuses to start in an unsafe combination: demonstration data outside the demo environment, or demo
 * accounts (with their well-known password) in production. Also makes sure token-signing keys exist.
 */
@ApplicationScoped
public class StartupGuards {

    @Inject
    GongkaiConfig config;

    @Inject
    StaffAccountRepository accounts;

    @Transactional
    void check(@Observes @Priority(1) StartupEvent ignored) {
        if (config.demo().enabled() && !"demo".equals(config.environment())) {
            throw new IllegalStateException("The demo profile cannot be combined with gongkai.environment="
                    + config.environment() + ". Demo data and demo passwords are for demonstrations only.");
        }
        if (config.isProduction() && accounts.anyDemo()) {
            throw new IllegalStateException("This database contains demo accounts with a published password. "
                    + "Production refuses to start: use a fresh database, or disable and delete the demo accounts.");
        }
        JwtKeys.ensure(Path.of(config.jwt().publicKey()), Path.of(config.jwt().privateKey()));
    }
}
