package org.gongkai.common.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statutory arithmetic on the real bundled calendars. */
class WorkingDayCalendarTest {

    static WorkingDayCalendar calendar;

    @BeforeAll
    static void loadBundledYears() throws Exception {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<DayRule> rules = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int year = 2007; year <= 2026; year++) {
            try (InputStream in = WorkingDayCalendarTest.class.getResourceAsStream("/calendar/holidays-cn/" + year + ".json")) {
                CalendarService.HolidayFile f = mapper.readValue(in, CalendarService.HolidayFile.class);
                int noticeYear = year;
                f.days().forEach(d -> rules.add(new DayRule(LocalDate.parse(d.date()), d.isOffDay(), d.name(), noticeYear)));
                years.add(noticeYear);
            }
        }
        calendar = new WorkingDayCalendar(rules, years);
    }

    @Test
    void nationalDay2011SkipsTheGoldenWeekAndCountsTheMakeUpWeekend() {
        // Received Friday 2011-09-30. Off 10-01..07; Saturday 10-08 and Sunday 10-09 are worked.
        var e = calendar.addWorkingDays(LocalDate.of(2011, 9, 30), 15);
        assertThat(e.holidaysSkipped()).extracting(WorkingDayCalendar.SkippedDay::date)
                .contains(LocalDate.of(2011, 10, 1), LocalDate.of(2011, 10, 7));
        assertThat(e.makeUpWorkdays()).extracting(WorkingDayCalendar.DayNote::date)
                .containsExactly(LocalDate.of(2011, 10, 8), LocalDate.of(2011, 10, 9));
        // 10-08, 10-09, 10-10..14 (5), 10-17..21 (5) = 12; 10-24, 25, 26 → 15th working day is 10-26.
        assertThat(e.result()).isEqualTo(LocalDate.of(2011, 10, 26));
    }

    @Test
    void springFestival2024TwentyWorkingDays() {
        // Received Friday 2024-02-02. Sunday 02-04 is worked; 02-10..17 off; Sunday 02-18 worked.
        var e = calendar.addWorkingDays(LocalDate.of(2024, 2, 2), 20);
        assertThat(e.makeUpWorkdays()).extracting(WorkingDayCalendar.DayNote::date)
                .containsExactly(LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 18));
        // 02-04, 02-05..09 (5) = 6; 02-18 = 7; 02-19..23 (5) = 12; 02-26..03-01 (5) = 17; 03-04, 05, 06 = 20.
        assertThat(e.result()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(e.workingDays()).isEqualTo(20);
    }

    @Test
    void theEventDayItselfIsNotCounted() {
        // Monday 2024-03-04 + 1 working day = Tuesday.
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 3, 4), 1).result()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 3, 8), 1).result()).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 3, 8), 0).result()).isEqualTo(LocalDate.of(2024, 3, 8));
    }

    @Test
    void betweenCountsWorkingDaysAfterTheFirstDate() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 3, 6)).workingDays()).isEqualTo(20);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 3, 6), LocalDate.of(2024, 2, 2)).workingDays()).isEqualTo(-20);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 4)).workingDays()).isZero();
    }

    @Test
    void theQuirkOf2020ResumptionDayIsAWeekdayWorkingDayNotAMakeUpDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 1))).as("make-up Saturday cancelled by the extension").isFalse();
        var e = calendar.addWorkingDays(LocalDate.of(2020, 1, 31), 1);
        assertThat(e.result()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(e.makeUpWorkdays()).isEmpty();
    }

    @Test
    void aYearWithoutDataStopsTheComputation() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 10), 20))
                .isInstanceOf(CalendarDataMissingException.class)
                .satisfies(e -> assertThat(((CalendarDataMissingException) e).year()).isEqualTo(2027));
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2006, 6, 1)))
                .isInstanceOf(CalendarDataMissingException.class);
    }
}
