package org.gongkai.accounts;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.common.config.GongkaiConfig;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Role;

import java.util.stream.Collectors;

/** Issues short-lived signed JWTs for staff accounts. */
@ApplicationScoped
public class TokenService {

    @Inject
    GongkaiConfig config;

    public String issue(StaffAccount a) {
        var builder = Jwt.issuer(config.jwt().issuer())
                .upn(a.username)
                .subject(String.valueOf(a.id))
                .groups(a.roles.stream().map(Role::name).collect(Collectors.toSet()))
                .claim(CurrentUser.CLAIM_ACCOUNT_ID, a.id)
                .claim(CurrentUser.CLAIM_DISTRICT_WIDE, a.districtWide)
                .claim("name", a.displayName)
                .expiresIn(config.jwt().tokenTtl());
        if (a.agency != null) {
            builder.claim(CurrentUser.CLAIM_AGENCY, a.agency.id);
        }
        return builder.sign();
    }

    public long ttlSeconds() {
        return config.jwt().tokenTtl().getSeconds();
    }
}
