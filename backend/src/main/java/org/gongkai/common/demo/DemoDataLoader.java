package org.gongkai.common.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.gongkai.common.config.GongkaiConfig;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;

/** Runs every {@link DemoSeeder} when the demo profile is active. */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    GongkaiConfig config;

    @Inject
    Instance<DemoSeeder> seeders;

    @Inject
    UserTransaction tx;

    void onStart(@Observes @Priority(30) StartupEvent ignored) throws Exception {
        if (!config.demo().enabled()) {
            return;
        }
        List<DemoSeeder> ordered = seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).toList();
        for (DemoSeeder seeder : ordered) {
            long start = System.nanoTime();
            tx.setTransactionTimeout(600);
            tx.begin();
            try {
                seeder.seed();
                tx.commit();
            } catch (Exception e) {
                tx.rollback();
                throw e;
            }
            LOG.infof("Demo data '%s' ready in %d ms", seeder.name(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
