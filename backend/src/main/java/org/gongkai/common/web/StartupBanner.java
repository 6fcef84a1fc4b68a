package org.gongkai.common.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.gongkai.common.config.GongkaiConfig;
import org.jboss.logging.Logger;

/** Tells the person who just started the system where to go and, in the demo, how to sign in. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    @Inject
    GongkaiConfig config;

    void onStart(@Observes @Priority(100) StartupEvent ignored) {
        if ("test".equals(config.environment())) {
            return;
        }
        String base = config.publicUrl().replaceAll("/+$", "");
        StringBuilder sb = new StringBuilder("\n")
                .append("==============================================================\n")
                .append(" Gongkai 政府信息公开平台 is running (").append(config.environment()).append(")\n")
                .append("   Portal (公众门户):        ").append(base).append("/\n")
                .append("   Staff console (工作台):   ").append(base).append("/admin\n")
                .append("   API docs (Swagger UI):    ").append(base).append("/q/swagger-ui\n")
                .append("   OpenAPI document:         ").append(base).append("/q/openapi\n");
        if (config.demo().enabled()) {
            sb.append("   Demo logins (password from GONGKAI_DEMO_PASSWORD, default gongkai-demo):\n")
                    .append("     admin · editor · reviewer · caseworker · clerk\n");
        }
        sb.append("==============================================================");
        LOG.info(sb);
    }
}
