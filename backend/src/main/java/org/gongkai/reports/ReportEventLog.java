package org.gongkai.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.common.security.CurrentUser;

import java.time.Instant;

/** Appends report events; a refused move is written in its own transaction so it survives the 409. */
@ApplicationScoped
public class ReportEventLog {

    @Inject
    ReportRepositories.Events events;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long reportId, String action, ReportStatus from, ReportStatus to, String reason, String details) {
        events.persist(event(reportId, action, from, to, false, reason, details));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(long reportId, String action, ReportStatus from, String details) {
        events.persist(event(reportId, action, from, null, true, null, details));
    }

    private ReportEvent event(long reportId, String action, ReportStatus from, ReportStatus to, boolean refused,
                              String reason, String details) {
        ReportEvent e = new ReportEvent();
        e.reportId = reportId;
        e.occurredAt = Instant.now();
        e.actor = user.username();
        e.action = action;
        e.fromStatus = from;
        e.toStatus = to;
        e.refused = refused;
        e.reason = reason;
        e.details = details;
        return e;
    }
}
