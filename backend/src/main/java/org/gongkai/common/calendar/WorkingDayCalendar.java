package org.gongkai.common.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * China's working-day calendar: Monday to Friday are working days and Saturday and Sunday are rest days,
 * except for the dates the yearly State Council notice names (holidays off, make-up days worked).
 * Immutable; plain Java so the statutory arithmetic is unit-tested without a container.
 *
 * <p>Counting rule of the deadline provisions ("within N working days of receipt"): the day of the event is
 * not counted; the count starts on the next day, and the result is the N-th working day after it.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, DayRule> rules;
    private final Set<Integer> years;

    public WorkingDayCalendar(Collection<DayRule> rules, Collection<Integer> loadedYears) {
        TreeMap<LocalDate, DayRule> m = new TreeMap<>();
        for (DayRule r : rules) {
            m.put(r.date(), r);
        }
        this.rules = m;
        this.years = Set.copyOf(new TreeSet<>(loadedYears));
    }

    public Set<Integer> loadedYears() {
        return years;
    }

    public boolean isWorkingDay(LocalDate date) {
        requireYear(date);
        DayRule rule = rules.get(date);
        if (rule != null) {
            return !rule.offDay();
        }
        return !isWeekend(date);
    }

    /** The date {@code n} working days after {@code start}, with the days skipped and the make-up days counted. */
    public Explanation addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        requireYear(start);
        List<SkippedDay> skipped = new ArrayList<>();
        List<DayNote> makeUp = new ArrayList<>();
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (note(d, skipped, makeUp)) {
                counted++;
            }
        }
        return new Explanation(start, d, n, skipped, makeUp);
    }

    /** Working days in (from, to]: the count a deadline check uses ("how many working days have passed"). */
    public Explanation workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            Explanation reversed = workingDaysBetween(to, from);
            return new Explanation(from, to, -reversed.workingDays(), reversed.skipped(), reversed.makeUpWorkdays());
        }
        requireYear(from);
        List<SkippedDay> skipped = new ArrayList<>();
        List<DayNote> makeUp = new ArrayList<>();
        int counted = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (note(d, skipped, makeUp)) {
                counted++;
            }
        }
        return new Explanation(from, to, counted, skipped, makeUp);
    }

    /** Classifies one date, noting it in the right list; true when it is a working day. */
    private boolean note(LocalDate d, List<SkippedDay> skipped, List<DayNote> makeUp) {
        requireYear(d);
        DayRule rule = rules.get(d);
        if (rule != null && rule.offDay()) {
            skipped.add(new SkippedDay(d, SkipReason.HOLIDAY, rule.name()));
            return false;
        }
        if (rule != null && isWeekend(d)) {
            makeUp.add(new DayNote(d, rule.name()));
            return true;
        }
        if (rule == null && isWeekend(d)) {
            skipped.add(new SkippedDay(d, SkipReason.WEEKEND, null));
            return false;
        }
        return true;
    }

    private void requireYear(LocalDate d) {
        if (!years.contains(d.getYear())) {
            throw new CalendarDataMissingException(d.getYear());
        }
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public enum SkipReason { WEEKEND, HOLIDAY }

    public record SkippedDay(LocalDate date, SkipReason reason, String holiday) {
    }

    public record DayNote(LocalDate date, String holiday) {
    }

    /**
     * How a count came out: from {@code start}, {@code workingDays} working days lead to {@code result}; the
     * weekend and holiday dates skipped, and the weekend make-up days that were counted as working days.
     */
    public record Explanation(LocalDate start, LocalDate result, int workingDays,
                              List<SkippedDay> skipped, List<DayNote> makeUpWorkdays) {
        public List<SkippedDay> holidaysSkipped() {
            return skipped.stream().filter(s -> s.reason() == SkipReason.HOLIDAY).toList();
        }
    }
}
