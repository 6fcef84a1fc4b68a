package org.gongkai.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling, read from the verified JWT: account id, username, roles, agency and whether the account is
 * district-wide. Anonymous callers have no account id.
 */
@RequestScoped
public class CurrentUser {

    public static final String CLAIM_AGENCY = "agency";
    public static final String CLAIM_DISTRICT_WIDE = "districtWide";
    public static final String CLAIM_ACCOUNT_ID = "aid";

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity == null || identity.isAnonymous();
    }

    public Optional<Long> accountId() {
        return claim(CLAIM_ACCOUNT_ID).map(v -> Long.valueOf(v.toString()));
    }

    /** The username, or "anonymous" (used in audit rows and event logs). */
    public String username() {
        return isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return !isAnonymous() && identity.hasRole(role);
    }

    public Optional<Long> agencyId() {
        return claim(CLAIM_AGENCY).map(v -> Long.valueOf(v.toString()));
    }

    public boolean districtWide() {
        return claim(CLAIM_DISTRICT_WIDE).map(v -> Boolean.parseBoolean(v.toString())).orElse(false);
    }

    private Optional<Object> claim(String name) {
        if (isAnonymous()) {
            return Optional.empty();
        }
        Principal p = identity.getPrincipal();
        if (p instanceof JsonWebToken jwt) {
            Object v = jwt.getClaim(name);
            if (v instanceof jakarta.json.JsonNumber n) {
                return Optional.of(n.longValue());
            }
            if (v instanceof jakarta.json.JsonString s) {
                return Optional.of(s.getString());
            }
            if (v instanceof jakarta.json.JsonValue jv) {
                return Optional.of(jv.toString());
            }
            return Optional.ofNullable(v);
        }
        return Optional.empty();
    }
}
