package org.gongkai.applications;

import org.gongkai.common.calendar.CalendarDataMissingException;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.text.Text;

import java.time.LocalDate;
import java.util.List;

/**
 * An application's reply deadline and how it came about: the regime, where the clock started (received or
 * restarted after a clarification), the pauses, the extension, the holidays and weekends skipped and the
 * make-up working days counted. Produced by {@link DeadlineCalculator}; {@code dueDate} is null while the
 * clock is paused or waits for a clarification, and when the calendar lacks a year ({@code missingYear}).
 */
public record Deadline(
        State state,
        Regime regime,
        LocalDate receivedOn,
        LocalDate clockStart,
        LocalDate restartedOn,
        int baseWorkingDays,
        int extensionWorkingDays,
        List<Pause> pauses,
        LocalDate dueDate,
        Integer workingDaysLeftWhenPaused,
        List<WorkingDayCalendar.SkippedDay> skipped,
        List<WorkingDayCalendar.DayNote> makeUpWorkdays,
        Integer missingYear,
        List<Text> steps) {

    public enum State {
        /** Counting towards a known due date. */
        RUNNING,
        /** Consultation or fee period: the clock stands still. */
        PAUSED,
        /** A clarification notice is out; the clock restarts when the corrected application arrives. */
        AWAITING_CLARIFICATION,
        /** The calendar lacks a year the computation needs; an administrator must add it. */
        UNKNOWN
    }

    /** A stretch during which the clock stood still; {@code to} is null while it lasts. */
    public record Pause(ClockEvent.PauseKind kind, LocalDate from, LocalDate to, Integer workingDays, boolean counted) {
    }

    /** Working days from {@code today} to the due date: negative once overdue; null without a due date. */
    public Integer remainingWorkingDays(WorkingDayCalendar calendar, LocalDate today) {
        if (dueDate == null) {
            return null;
        }
        try {
            return calendar.workingDaysBetween(today, dueDate).workingDays();
        } catch (CalendarDataMissingException e) {
            return null;
        }
    }

    /** Answered after the due date (only meaningful with a due date). */
    public boolean isLate(LocalDate answeredOn) {
        return dueDate != null && answeredOn != null && answeredOn.isAfter(dueDate);
    }
}
