package org.gongkai.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Typed application settings (prefix {@code gongkai}); see application.properties for the documented defaults. */
@ConfigMapping(prefix = "gongkai")
public interface GongkaiConfig {

    /** Directory for the embedded database, uploaded files, the search index and generated keys. */
    String dataDir();

    /** production, demo, development or test. Demo data may only run where this is "demo". */
    String environment();

    /** Public base URL, printed at start-up and used in generated documents. */
    String publicUrl();

    Jwt jwt();

    Login login();

    Bootstrap bootstrap();

    Demo demo();

    default boolean isProduction() {
        return "production".equals(environment());
    }

    interface Jwt {
        String issuer();

        Duration tokenTtl();

        /** PEM file with the RSA public key. */
        String publicKey();

        /** PEM file with the RSA private key (PKCS#8). */
        String privateKey();
    }

    interface Login {
        int maxFailures();

        Duration window();
    }

    interface Bootstrap {
        Optional<String> adminUsername();

        Optional<String> adminPassword();
    }

    interface Demo {
        @WithDefault("false")
        boolean enabled();

        String password();
    }
}
