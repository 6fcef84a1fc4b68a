package org.gongkai.items;

import org.gongkai.common.calendar.CalendarDataMissingException;
import org.gongkai.common.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * Whether an item was published within the statutory 20 working days of being written (Regulation 2019
 * Art.26, 2007 Art.18). When the calendar lacks a year the answer is UNKNOWN, never an error: a missing holiday
 * notice must not stop anyone from publishing.
 */
public enum Lateness {
    ON_TIME, LATE, UNKNOWN;

    public static final int STATUTORY_WORKING_DAYS = 20;

    /** The verdict and, when late, by how many working days beyond the limit. */
    public record Verdict(Lateness lateness, Integer lateByWorkingDays) {
    }

    public static Verdict of(WorkingDayCalendar calendar, LocalDate written, LocalDate published) {
        if (written == null || published == null) {
            return new Verdict(UNKNOWN, null);
        }
        if (!published.isAfter(written)) {
            return new Verdict(ON_TIME, 0);
        }
        try {
            int days = calendar.workingDaysBetween(written, published).workingDays();
            int late = days - STATUTORY_WORKING_DAYS;
            return late > 0 ? new Verdict(LATE, late) : new Verdict(ON_TIME, 0);
        } catch (CalendarDataMissingException e) {
            return new Verdict(UNKNOWN, null);
        }
    }
}
