package org.gongkai.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.common.security.CurrentUser;

import java.time.Instant;

/**
 * Appends audit rows. Joins the caller's transaction, so an audit row exists exactly when the write it
 * describes was committed.
 */
@ApplicationScoped
public class AuditService {

    @Inject
    AuditRepository repository;

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper json;

    @Inject
    Instance<CurrentVertxRequest> request;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String action, Long agencyId, ChangeSet changes) {
        AuditEntry e = new AuditEntry();
        e.occurredAt = Instant.now();
        e.actor = actorName();
        e.actorAccountId = actorId();
        e.entityType = entityType;
        e.entityId = String.valueOf(entityId);
        e.action = action;
        e.agencyId = agencyId;
        e.clientAddress = clientAddress();
        try {
            e.changes = json.writeValueAsString(changes.ordered());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Audit changes are not serialisable", ex);
        }
        repository.persist(e);
    }

    /** The signed-in user; "anonymous" for a public caller; "system" for start-up and scheduled jobs. */
    private String actorName() {
        try {
            if (!currentUser.isAnonymous()) {
                return currentUser.username();
            }
        } catch (RuntimeException outsideRequest) {
            // no request context: start-up or a scheduled job
        }
        return clientAddress() == null ? "system" : "anonymous";
    }

    private Long actorId() {
        try {
            return currentUser.accountId().orElse(null);
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    private String clientAddress() {
        try {
            RoutingContext rc = request.get().getCurrent();
            if (rc == null || rc.request().remoteAddress() == null) {
                return null;
            }
            return rc.request().remoteAddress().hostAddress();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    @ApplicationScoped
    public static class AuditRepository implements PanacheRepository<AuditEntry> {
    }
}
