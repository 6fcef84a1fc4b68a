package org.gongkai.common.calendar;

import java.time.LocalDate;

/**
 * A date the State Council's yearly notice names: a day off (放假), or a working day (上班) that is usually a
 * make-up Saturday or Sunday (调休). {@code noticeYear} is the notice's year, which differs from the date's
 * own year for late-December dates of the next New Year arrangement.
 */
public record DayRule(LocalDate date, boolean offDay, String name, int noticeYear) {
}
