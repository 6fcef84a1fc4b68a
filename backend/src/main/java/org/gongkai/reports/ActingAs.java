package org.gongkai.reports;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gongkai.accounts.StaffAccount;
import org.gongkai.accounts.StaffAccountRepository;
import org.gongkai.accounts.TokenService;

import java.util.function.Supplier;

/**
 * Runs server-side work — the demonstration records and reports — as a named staff account, through the same
 * services, agency scope, year locks and audit as a signed-in request: a request context whose identity is the
 * account's own verified token. Nothing here is reachable over HTTP.
 */
@ApplicationScoped
public class ActingAs {

    @Inject
    StaffAccountRepository accounts;

    @Inject
    TokenService tokens;

    @Inject
    JWTParser parser;

    @Inject
    CurrentIdentityAssociation identities;

    public <T> T call(String username, Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        boolean activated = !requests.isActive();
        if (activated) {
            requests.activate();
        }
        try {
            StaffAccount account = accounts.findByUsername(username)
                    .orElseThrow(() -> new IllegalStateException("No staff account " + username));
            JsonWebToken jwt = parser.parse(tokens.issue(account));
            identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRoles(jwt.getGroups()).build());
            return work.get();
        } catch (ParseException e) {
            throw new IllegalStateException("Cannot read the token issued for " + username, e);
        } finally {
            if (activated) {
                requests.terminate();
            }
        }
    }

    public void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }
}
