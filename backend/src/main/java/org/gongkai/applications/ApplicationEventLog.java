package org.gongkai.applications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.common.security.CurrentUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Appends event rows: in the caller's transaction, or (for a refused move) in a transaction of its own. */
@ApplicationScoped
public class ApplicationEventLog {

    /** Actor name of steps taken by the applicant through the tracking page. */
    public static final String APPLICANT = "applicant";
    public static final String SYSTEM = "system";

    @Inject
    ApplicationEventRepository events;

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper json;

    /** A new, unsaved event stamped with now and the current actor. */
    public ApplicationEvent event(DisclosureApplication app, ApplicationEventType type, LocalDate on) {
        ApplicationEvent e = new ApplicationEvent();
        e.applicationId = app.id;
        e.type = type;
        e.occurredOn = on;
        e.recordedAt = Instant.now();
        e.actor = actor();
        e.actorAccountId = accountId();
        return e;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ApplicationEvent append(ApplicationEvent e, Map<String, ?> details) {
        e.details = toJson(details);
        events.persist(e);
        return e;
    }

    /**
     * Records a refused move even though the request fails: the refusal is part of the application's
     * history (who tried what, when), while nothing of the refused change is written.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(long applicationId, ApplicationStatus status, ApplicationAction action, String code, LocalDate today) {
        ApplicationEvent e = new ApplicationEvent();
        e.applicationId = applicationId;
        e.type = ApplicationEventType.ACTION_REFUSED;
        e.occurredOn = today;
        e.recordedAt = Instant.now();
        e.actor = actor();
        e.actorAccountId = accountId();
        e.fromStatus = status;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("action", action.name());
        d.put("code", code);
        e.details = toJson(d);
        events.persist(e);
    }

    String actor() {
        try {
            return currentUser.isAnonymous() ? APPLICANT : currentUser.username();
        } catch (RuntimeException outsideRequest) {
            return SYSTEM;
        }
    }

    private Long accountId() {
        try {
            return currentUser.accountId().orElse(null);
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    private String toJson(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        Map<String, Object> clean = new LinkedHashMap<>();
        details.forEach((k, v) -> {
            if (v != null) {
                clean.put(k, v);
            }
        });
        try {
            return clean.isEmpty() ? null : json.writeValueAsString(clean);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
