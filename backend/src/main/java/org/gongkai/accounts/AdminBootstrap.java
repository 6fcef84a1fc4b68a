package org.gongkai.accounts;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.accounts.dto.AccountView;
import org.gongkai.accounts.dto.SetupAdminRequest;
import org.gongkai.common.config.GongkaiConfig;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.security.Role;
import org.jboss.logging.Logger;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;

/**
 * The first administrator outside the demo profile. With GONGKAI_ADMIN_USERNAME and GONGKAI_ADMIN_PASSWORD
 * set, it is created at start-up; otherwise, while no administrator exists, a one-time setup token is printed
 * to the log and {@code POST /api/v1/setup/admin} accepts it once. There is never a default password.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    GongkaiConfig config;

    @Inject
    StaffAccountRepository accounts;

    @Inject
    AccountService accountService;

    private volatile String setupToken;

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent ignored) {
        if (config.demo().enabled() || accounts.anyAdmin()) {
            return;
        }
        var username = config.bootstrap().adminUsername();
        var password = config.bootstrap().adminPassword();
        if (username.isPresent() && password.isPresent()) {
            if (password.get().length() < 10) {
                throw new IllegalStateException("GONGKAI_ADMIN_PASSWORD must have at least 10 characters.");
            }
            accountService.createSystemAccount(username.get(), "系统管理员", password.get(), Set.of(Role.ADMIN),
                    null, true, false);
            LOG.infof("Created the first administrator '%s' from GONGKAI_ADMIN_USERNAME", username.get());
            return;
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        setupToken = HexFormat.of().formatHex(bytes);
        LOG.warnf("No administrator exists. Create one within this run with: POST /api/v1/setup/admin "
                + "{\"setupToken\":\"%s\",\"username\":…,\"displayName\":…,\"password\":…} "
                + "(or restart with GONGKAI_ADMIN_USERNAME and GONGKAI_ADMIN_PASSWORD).", setupToken);
    }

    @Transactional
    public AccountView createFirstAdmin(SetupAdminRequest r) {
        if (accounts.anyAdmin()) {
            throw ApiException.conflict("ALREADY_SET_UP", "管理员已存在，初始化入口已关闭。",
                    "An administrator already exists; setup is closed.");
        }
        String expected = setupToken;
        if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                r.setupToken().getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.forbidden("SETUP_TOKEN_INVALID", "初始化令牌不正确（见启动日志）。",
                    "Wrong setup token (see the start-up log).");
        }
        if (accounts.findByUsername(r.username()).isPresent()) {
            throw ApiException.invalidField("username", "用户名已存在。", "Username is taken.");
        }
        StaffAccount a = accountService.createSystemAccount(r.username(), r.displayName(), r.password(),
                Set.of(Role.ADMIN), null, true, false);
        setupToken = null;
        return AccountService.view(a);
    }
}
