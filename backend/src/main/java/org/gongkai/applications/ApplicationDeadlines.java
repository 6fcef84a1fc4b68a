package org.gongkai.applications;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.calendar.CalendarYearChanged;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Keeps the stored deadlines true: a daily job marks open applications whose due date has passed, and a
 * correction of a year's holidays recomputes every open deadline (in the transaction of the correction).
 */
@ApplicationScoped
public class ApplicationDeadlines {

    private static final Logger LOG = Logger.getLogger(ApplicationDeadlines.class);

    @Inject
    ApplicationRepository repository;

    @Inject
    ApplicationEventRepository events;

    @Inject
    ApplicationEventLog eventLog;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditService audit;

    @Scheduled(cron = "0 30 0 * * ?", timeZone = "Asia/Shanghai", identity = "applications-mark-overdue")
    void daily() {
        int n = markOverdue(clock.today());
        if (n > 0) {
            LOG.infof("Marked %d application(s) overdue", n);
        }
    }

    /** Marks open applications due before {@code today} as overdue, once each, with an event. */
    @Transactional
    public int markOverdue(LocalDate today) {
        List<DisclosureApplication> late = repository.list(
                "status in ?1 and clockState = ?2 and dueDate < ?3 and overdue = false",
                List.copyOf(ApplicationStatus.OPEN), DisclosureApplication.ClockState.RUNNING, today);
        for (DisclosureApplication app : late) {
            app.overdue = true;
            ApplicationEvent e = eventLog.event(app, ApplicationEventType.MARKED_OVERDUE, today);
            e.actor = ApplicationEventLog.SYSTEM;
            e.actorAccountId = null;
            eventLog.append(e, Map.of("dueDate", app.dueDate.toString()));
            audit.record("Application", app.id, "MARK_OVERDUE", app.agency.id,
                    ChangeSet.empty().field("overdue", false, true).note("dueDate", app.dueDate));
        }
        return late.size();
    }

    void onCalendarChange(@Observes CalendarYearChanged changed) {
        int n = recomputeOpen(changed.year());
        LOG.infof("Holiday calendar %d changed: %d open deadline(s) moved", changed.year(), n);
    }

    /** Recomputes every open application's deadline; returns how many due dates moved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeOpen(int year) {
        List<DisclosureApplication> open = repository.list("status in ?1", List.copyOf(ApplicationStatus.OPEN));
        if (open.isEmpty()) {
            return 0;
        }
        Map<Long, List<ApplicationEvent>> byApp = events
                .list("applicationId in ?1 order by id", open.stream().map(a -> a.id).toList())
                .stream().collect(Collectors.groupingBy(e -> e.applicationId));
        int moved = 0;
        for (DisclosureApplication app : open) {
            LocalDate before = app.dueDate;
            Integer unknownBefore = app.dueUnknownYear;
            clock.refresh(app, byApp.getOrDefault(app.id, new ArrayList<>()));
            if (!Objects.equals(before, app.dueDate) || !Objects.equals(unknownBefore, app.dueUnknownYear)) {
                moved++;
                ApplicationEvent e = eventLog.event(app, ApplicationEventType.DEADLINE_RECOMPUTED, clock.today());
                e.actor = ApplicationEventLog.SYSTEM;
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("calendarYear", year);
                d.put("from", before == null ? null : before.toString());
                d.put("to", app.dueDate == null ? null : app.dueDate.toString());
                eventLog.append(e, d);
                audit.record("Application", app.id, "RECOMPUTE_DEADLINE", app.agency.id,
                        ChangeSet.empty().field("dueDate", before, app.dueDate).note("calendarYear", year));
            }
        }
        return moved;
    }
}
