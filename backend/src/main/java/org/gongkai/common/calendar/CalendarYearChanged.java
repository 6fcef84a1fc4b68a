package org.gongkai.common.calendar;

/**
 * Fired inside the transaction that replaced a year's holiday data, after the new calendar is in effect;
 * features with open deadlines observe it and recompute them.
 */
public record CalendarYearChanged(int year) {
}
