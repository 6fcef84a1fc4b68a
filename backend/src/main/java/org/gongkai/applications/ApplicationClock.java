package org.gongkai.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.applications.dto.Urgency;
import org.gongkai.common.calendar.CalendarService;
import org.gongkai.common.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Bridges stored applications and the plain {@link DeadlineCalculator}: turns events into clock events,
 * computes the deadline on the current calendar and stores what the queue filters on (due date, clock state,
 * the missing calendar year, overdue).
 */
@ApplicationScoped
public class ApplicationClock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    CalendarService calendars;

    public LocalDate today() {
        return LocalDate.now(CHINA);
    }

    public WorkingDayCalendar calendar() {
        return calendars.current();
    }

    public Deadline deadline(DisclosureApplication app, List<ApplicationEvent> events) {
        return DeadlineCalculator.compute(calendar(), app.receivedOn, clockEvents(events));
    }

    /** Recomputes and stores the derived clock fields; returns the deadline. */
    public Deadline refresh(DisclosureApplication app, List<ApplicationEvent> events) {
        Deadline d = deadline(app, events);
        store(app, d, today());
        return d;
    }

    static void store(DisclosureApplication app, Deadline d, LocalDate today) {
        app.dueDate = d.dueDate();
        app.dueUnknownYear = d.missingYear();
        if (!app.isOpen()) {
            app.clockState = DisclosureApplication.ClockState.STOPPED;
            app.overdue = false;
            return;
        }
        app.clockState = DisclosureApplication.ClockState.valueOf(d.state().name());
        if (d.dueDate() == null || !today.isAfter(d.dueDate())) {
            // Only the daily job marks an application overdue (with an event); a deadline that moved back into
            // the future, or stopped, clears the mark.
            app.overdue = false;
        }
    }

    public Urgency urgency(DisclosureApplication app, Integer remaining) {
        if (!app.isOpen()) {
            return Urgency.CONCLUDED;
        }
        return switch (app.clockState) {
            case PAUSED -> Urgency.PAUSED;
            case AWAITING_CLARIFICATION -> Urgency.AWAITING_CLARIFICATION;
            case UNKNOWN, STOPPED -> Urgency.UNKNOWN;
            case RUNNING -> remaining == null ? Urgency.UNKNOWN
                    : remaining < 0 ? Urgency.OVERDUE
                    : remaining <= Urgency.DUE_SOON_WORKING_DAYS ? Urgency.DUE_SOON : Urgency.ON_TRACK;
        };
    }

    /** Working days from today to the stored due date (negative once overdue), or null. */
    public Integer remaining(DisclosureApplication app, WorkingDayCalendar calendar, LocalDate today) {
        if (!app.isOpen() || app.dueDate == null) {
            return null;
        }
        try {
            return calendar.workingDaysBetween(today, app.dueDate).workingDays();
        } catch (org.gongkai.common.calendar.CalendarDataMissingException e) {
            return null;
        }
    }

    public static List<ClockEvent> clockEvents(List<ApplicationEvent> events) {
        List<ClockEvent> out = new ArrayList<>();
        ClockEvent.PauseKind consultation = null;
        for (ApplicationEvent e : events) {
            switch (e.type) {
                case CLARIFICATION_REQUESTED -> out.add(ClockEvent.clarificationRequested(e.occurredOn));
                case CLARIFICATION_RECEIVED -> out.add(ClockEvent.clarificationReceived(e.occurredOn));
                case CONSULTATION_STARTED -> {
                    consultation = ClockEvent.PauseKind.of(e.partyKind);
                    out.add(ClockEvent.pauseStarted(consultation, e.occurredOn));
                }
                case CONSULTATION_ENDED -> out.add(ClockEvent.pauseEnded(
                        consultation == null ? ClockEvent.PauseKind.THIRD_PARTY_CONSULTATION : consultation, e.occurredOn));
                case FEE_NOTICE_SENT -> out.add(ClockEvent.pauseStarted(ClockEvent.PauseKind.FEE, e.occurredOn));
                case FEE_PAID, FEE_WAIVED -> out.add(ClockEvent.pauseEnded(ClockEvent.PauseKind.FEE, e.occurredOn));
                case EXTENDED -> out.add(ClockEvent.extended(e.occurredOn, e.workingDays == null ? 0 : e.workingDays));
                case DECIDED, WITHDRAWN, CLARIFICATION_LAPSED, FEE_LAPSED -> out.add(ClockEvent.concluded(e.occurredOn));
                default -> {
                    // events that do not move the clock
                }
            }
        }
        return out;
    }
}
