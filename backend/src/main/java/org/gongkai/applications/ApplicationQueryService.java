package org.gongkai.applications;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.applications.dto.ApplicationSummary;
import org.gongkai.applications.dto.ApplicationView;
import org.gongkai.applications.dto.DeadlineView;
import org.gongkai.common.calendar.CalendarDataMissingException;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.paging.Cursor;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.AgencyScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The staff queue and one application's view. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationQueryService {

    /** Sorts null due dates (paused, unknown, concluded) after every real one in the keyset. */
    private static final LocalDate FAR = LocalDate.of(9999, 12, 31);

    @Inject
    ApplicationRepository repository;

    @Inject
    ApplicationHandlingService handling;

    @Inject
    ApplicationViews views;

    @Inject
    ApplicationClock clock;

    @Inject
    ApplicationEventRepository events;

    @Inject
    AgencyScope scope;

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ApplicationSort")
    public enum Sort { DUE, RECEIVED }

    /**
     * @param dueWithinDays open applications with a running clock due between today and N working days from
     *                      today (overdue ones are selected by {@code overdue}, which compares the due date with
     *                      today rather than reading the flag the daily job sets)
     */
    public record Filter(List<ApplicationStatus> statuses, Boolean open, Long agencyId, ApplicantType applicantType,
                         Channel channel, Boolean overdue, Integer dueWithinDays, LocalDate receivedFrom,
                         LocalDate receivedTo, String trackingNumber, String applicant, Sort sort) {
    }

    public Page<ApplicationSummary> list(Filter f, PageRequest page) {
        LocalDate today = clock.today();
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        conditions(f, today, where, p);
        Sort sort = f.sort() == null ? Sort.DUE : f.sort();
        Cursor c = page.decodedCursor();
        String order;
        if (sort == Sort.DUE) {
            if (c != null) {
                c.expect(2);
                where.add("(coalesce(a.dueDate, :far) > :cDue or (coalesce(a.dueDate, :far) = :cDue and a.id > :cId))");
                p.and("cDue", c.date(0)).and("cId", c.longValue(1));
            }
            p.and("far", FAR);
            order = " order by coalesce(a.dueDate, :far), a.id";
        } else {
            if (c != null) {
                c.expect(2);
                where.add("(a.receivedOn < :cReceived or (a.receivedOn = :cReceived and a.id < :cId))");
                p.and("cReceived", c.date(0)).and("cId", c.longValue(1));
            }
            order = " order by a.receivedOn desc, a.id desc";
        }
        String query = "from DisclosureApplication a join fetch a.agency"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        List<DisclosureApplication> rows = repository.find(query, p).range(0, page.size).list();
        WorkingDayCalendar calendar = clock.calendar();
        return Page.of(rows, page.size,
                a -> sort == Sort.DUE ? Cursor.encode(a.dueDate == null ? FAR : a.dueDate, a.id) : Cursor.encode(a.receivedOn, a.id),
                a -> views.summary(a, calendar, today));
    }

    /**
     * How many applications the queue would list for these filters (the dashboard's counts): the same
     * conditions, one SQL count.
     */
    public long count(Filter f) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        conditions(f, clock.today(), where, p);
        return repository.count("from DisclosureApplication a"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)), p);
    }

    /** The queue's filters and the caller's agency scope as JPQL conditions on {@code a}. */
    private void conditions(Filter f, LocalDate today, List<String> where, Parameters p) {
        Optional<Long> restriction = scope.restriction();
        if (restriction.isPresent()) {
            if (f.agencyId() != null && !f.agencyId().equals(restriction.get())) {
                scope.requireCanActOn(f.agencyId());
            }
            where.add("a.agency.id = :agency");
            p.and("agency", restriction.get());
        } else if (f.agencyId() != null) {
            where.add("a.agency.id = :agency");
            p.and("agency", f.agencyId());
        }
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            where.add("a.status in :statuses");
            p.and("statuses", f.statuses());
        }
        if (Boolean.TRUE.equals(f.open())) {
            where.add("a.status in :open");
            p.and("open", List.copyOf(ApplicationStatus.OPEN));
        } else if (Boolean.FALSE.equals(f.open())) {
            where.add("a.status not in :open");
            p.and("open", List.copyOf(ApplicationStatus.OPEN));
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.add("a.status in :openForDue and a.clockState = :running and a.dueDate < :today");
            p.and("openForDue", List.copyOf(ApplicationStatus.OPEN)).and("running", DisclosureApplication.ClockState.RUNNING)
                    .and("today", today);
        }
        if (f.dueWithinDays() != null) {
            if (f.dueWithinDays() < 0 || f.dueWithinDays() > 60) {
                throw ApiException.invalidField("dueWithinDays", "天数应在0至60之间。", "Days must be between 0 and 60.");
            }
            where.add("a.status in :openWithin and a.clockState = :runningWithin and a.dueDate >= :fromDay and a.dueDate <= :limit");
            p.and("openWithin", List.copyOf(ApplicationStatus.OPEN))
                    .and("runningWithin", DisclosureApplication.ClockState.RUNNING)
                    .and("fromDay", today).and("limit", withinLimit(today, f.dueWithinDays()));
        }
        if (f.applicantType() != null) {
            where.add("a.applicantType = :type");
            p.and("type", f.applicantType());
        }
        if (f.channel() != null) {
            where.add("a.channel = :channel");
            p.and("channel", f.channel());
        }
        if (f.receivedFrom() != null) {
            where.add("a.receivedOn >= :receivedFrom");
            p.and("receivedFrom", f.receivedFrom());
        }
        if (f.receivedTo() != null) {
            where.add("a.receivedOn <= :receivedTo");
            p.and("receivedTo", f.receivedTo());
        }
        if (f.trackingNumber() != null && !f.trackingNumber().isBlank()) {
            where.add("a.trackingNumber like :tn");
            p.and("tn", "%" + f.trackingNumber().trim().toUpperCase() + "%");
        }
        if (f.applicant() != null && !f.applicant().isBlank()) {
            where.add("a.applicantName like :applicant");
            p.and("applicant", "%" + f.applicant().trim() + "%");
        }
    }

    public ApplicationView get(long id) {
        return views.view(handling.findInScope(id));
    }

    public DeadlineView deadline(long id) {
        DisclosureApplication app = handling.findInScope(id);
        List<ApplicationEvent> list = events.forApplication(id);
        return views.deadlineView(app, clock.deadline(app, list), list, clock.calendar(), clock.today());
    }

    /**
     * N working days from today. When that reaches past the loaded calendar there is no upper bound: a stored
     * due date always lies within a loaded year, so fewer than N working days separate it from today.
     */
    private LocalDate withinLimit(LocalDate today, int days) {
        try {
            return clock.calendar().addWorkingDays(today, days).result();
        } catch (CalendarDataMissingException e) {
            return FAR;
        }
    }
}
