package org.gongkai.applications;

import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.text.Text;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates on the real calendars: holidays, make-up days, restart, pauses, extension, missing years. */
class DeadlineCalculatorTest {

    private static final WorkingDayCalendar CAL = RealCalendar.CALENDAR;

    private static Deadline compute(String received, ClockEvent... events) {
        return DeadlineCalculator.compute(CAL, LocalDate.parse(received), List.of(events));
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void nationalDay2024SkipsTheGoldenWeekAndCountsBothMakeUpDays() {
        Deadline dl = compute("2024-09-27");
        assertThat(dl.regime()).isEqualTo(Regime.R2019);
        assertThat(dl.state()).isEqualTo(Deadline.State.RUNNING);
        assertThat(dl.dueDate()).isEqualTo(d("2024-10-30"));
        assertThat(dl.skipped()).filteredOn(s -> s.reason() == WorkingDayCalendar.SkipReason.HOLIDAY)
                .extracting(WorkingDayCalendar.SkippedDay::date)
                .containsExactly(d("2024-10-01"), d("2024-10-02"), d("2024-10-03"), d("2024-10-04"), d("2024-10-05"),
                        d("2024-10-06"), d("2024-10-07"));
        assertThat(dl.makeUpWorkdays()).extracting(WorkingDayCalendar.DayNote::date)
                .containsExactly(d("2024-09-29"), d("2024-10-12"));
        assertThat(dl.steps()).extracting(Text::zh)
                .anyMatch(s -> s.contains("国庆节 2024-10-01—2024-10-07（7天）"))
                .anyMatch(s -> s.contains("2024-09-29（国庆节调休）"))
                .anyMatch(s -> s.startsWith("答复期限：2024-10-30"));
    }

    @Test
    void springFestival2024() {
        Deadline dl = compute("2024-02-02");
        assertThat(dl.dueDate()).isEqualTo(d("2024-03-06"));
        assertThat(dl.makeUpWorkdays()).extracting(WorkingDayCalendar.DayNote::date)
                .containsExactly(d("2024-02-04"), d("2024-02-18"));
    }

    @Test
    void springFestival2025() {
        // Monday 2025-01-20: 21–24 (4), Sunday 26 worked (5), 27 (6), 28 Jan–4 Feb off, 5–7 (9), Saturday 8 Feb
        // worked (10), 10–14 (15), 17–21 (20).
        Deadline dl = compute("2025-01-20");
        assertThat(dl.dueDate()).isEqualTo(d("2025-02-21"));
        assertThat(dl.makeUpWorkdays()).extracting(WorkingDayCalendar.DayNote::date)
                .containsExactly(d("2025-01-26"), d("2025-02-08"));
        assertThat(dl.skipped()).filteredOn(s -> s.reason() == WorkingDayCalendar.SkipReason.HOLIDAY).hasSize(8);
    }

    @Test
    void clarificationRestartsTheCountFromTheCorrectedApplication() {
        Deadline waiting = compute("2024-09-27", ClockEvent.clarificationRequested(d("2024-09-30")));
        assertThat(waiting.state()).isEqualTo(Deadline.State.AWAITING_CLARIFICATION);
        assertThat(waiting.dueDate()).isNull();

        Deadline dl = compute("2024-09-27", ClockEvent.clarificationRequested(d("2024-09-30")),
                ClockEvent.clarificationReceived(d("2024-10-09")));
        // From Wednesday 10-09: 10, 11, Saturday 12 (make-up), 14–18, 21–25, 28–31, 1 Nov, 4, 5.
        assertThat(dl.clockStart()).isEqualTo(d("2024-10-09"));
        assertThat(dl.restartedOn()).isEqualTo(d("2024-10-09"));
        assertThat(dl.dueDate()).isEqualTo(d("2024-11-05"));
        assertThat(dl.makeUpWorkdays()).extracting(WorkingDayCalendar.DayNote::date).containsExactly(d("2024-10-12"));
        assertThat(dl.steps()).extracting(Text::en).anyMatch(s -> s.contains("restarted from that day"));
    }

    @Test
    void consultationPausesTheClockAcrossQingming() {
        // Received Friday 2024-03-01; without pause due 03-29. Paused 03-05 → 03-15: 8 working days not counted,
        // then Qingming 04-04..06 off and Sunday 04-07 worked → 04-11.
        Deadline dl = compute("2024-03-01",
                ClockEvent.pauseStarted(ClockEvent.PauseKind.THIRD_PARTY_CONSULTATION, d("2024-03-05")),
                ClockEvent.pauseEnded(ClockEvent.PauseKind.THIRD_PARTY_CONSULTATION, d("2024-03-15")));
        assertThat(dl.pauses()).singleElement().satisfies(p -> {
            assertThat(p.workingDays()).isEqualTo(8);
            assertThat(p.counted()).isTrue();
        });
        assertThat(dl.dueDate()).isEqualTo(d("2024-04-11"));
        assertThat(dl.makeUpWorkdays()).extracting(WorkingDayCalendar.DayNote::date).containsExactly(d("2024-04-07"));
    }

    @Test
    void anOpenPauseHasNoDueDateButTellsWhatIsLeft() {
        Deadline dl = compute("2024-11-01",
                ClockEvent.pauseStarted(ClockEvent.PauseKind.AGENCY_CONSULTATION, d("2024-11-05")));
        assertThat(dl.state()).isEqualTo(Deadline.State.PAUSED);
        assertThat(dl.dueDate()).isNull();
        assertThat(dl.workingDaysLeftWhenPaused()).isEqualTo(18);
    }

    @Test
    void extensionAddsItsWorkingDays() {
        Deadline dl = compute("2024-09-27", ClockEvent.extended(d("2024-10-28"), 20));
        assertThat(dl.extensionWorkingDays()).isEqualTo(20);
        assertThat(dl.dueDate()).isEqualTo(d("2024-11-27"));
    }

    @Test
    void feePeriodIsAPause() {
        // Received 2024-11-01, due 11-29 without fee. Notice 11-05, paid 11-12: 5 working days out → 12-06.
        Deadline dl = compute("2024-11-01",
                ClockEvent.pauseStarted(ClockEvent.PauseKind.FEE, d("2024-11-05")),
                ClockEvent.pauseEnded(ClockEvent.PauseKind.FEE, d("2024-11-12")));
        assertThat(dl.dueDate()).isEqualTo(d("2024-12-06"));
        assertThat(dl.pauses()).singleElement().extracting(Deadline.Pause::workingDays).isEqualTo(5);
    }

    @Test
    void aPauseThatBeginsAfterTheDueDateDoesNotRescueALateApplication() {
        Deadline dl = compute("2024-03-01",
                ClockEvent.pauseStarted(ClockEvent.PauseKind.FEE, d("2024-04-10")),
                ClockEvent.pauseEnded(ClockEvent.PauseKind.FEE, d("2024-04-20")));
        assertThat(dl.dueDate()).isEqualTo(d("2024-03-29"));
        assertThat(dl.pauses()).singleElement().extracting(Deadline.Pause::counted).isEqualTo(false);
    }

    @Test
    void the2007RegimeCounts15DaysAndDoesNotPauseForOtherAgencies() {
        assertThat(compute("2011-09-30").dueDate()).isEqualTo(d("2011-10-26"));
        Deadline agency = compute("2011-09-30",
                ClockEvent.pauseStarted(ClockEvent.PauseKind.AGENCY_CONSULTATION, d("2011-10-10")),
                ClockEvent.pauseEnded(ClockEvent.PauseKind.AGENCY_CONSULTATION, d("2011-10-14")));
        assertThat(agency.regime()).isEqualTo(Regime.R2007);
        assertThat(agency.dueDate()).isEqualTo(d("2011-10-26"));
        Deadline thirdParty = compute("2011-09-30",
                ClockEvent.pauseStarted(ClockEvent.PauseKind.THIRD_PARTY_CONSULTATION, d("2011-10-10")),
                ClockEvent.pauseEnded(ClockEvent.PauseKind.THIRD_PARTY_CONSULTATION, d("2011-10-14")));
        // 10-11..14 paused (4 working days): 10-26 + 4 working days → 10-27, 28, 31, 11-01.
        assertThat(thirdParty.dueDate()).isEqualTo(d("2011-11-01"));
    }

    @Test
    void theRegimeChangesOn15May2019() {
        assertThat(compute("2019-05-14").regime()).isEqualTo(Regime.R2007);
        assertThat(compute("2019-05-14").baseWorkingDays()).isEqualTo(15);
        assertThat(compute("2019-05-15").regime()).isEqualTo(Regime.R2019);
        assertThat(compute("2019-05-15").baseWorkingDays()).isEqualTo(20);
    }

    @Test
    void aMissingCalendarYearLeavesTheDueDateUnknownWithTheReason() {
        Deadline dl = compute("2026-12-20");
        assertThat(dl.state()).isEqualTo(Deadline.State.UNKNOWN);
        assertThat(dl.dueDate()).isNull();
        assertThat(dl.missingYear()).isEqualTo(2027);
        assertThat(dl.steps()).extracting(Text::zh).anyMatch(s -> s.contains("2027年的节假日安排尚未录入"));
    }

    @Test
    void eventsAfterTheConclusionDoNotMoveTheDeadline() {
        Deadline dl = compute("2024-09-27", ClockEvent.concluded(d("2024-10-15")), ClockEvent.extended(d("2024-10-20"), 20));
        assertThat(dl.dueDate()).isEqualTo(d("2024-10-30"));
        assertThat(dl.isLate(d("2024-10-30"))).isFalse();
        assertThat(dl.isLate(d("2024-10-31"))).isTrue();
    }

    @Test
    void remainingWorkingDaysAreNegativeOnceOverdue() {
        Deadline dl = compute("2024-09-27");
        assertThat(dl.remainingWorkingDays(CAL, d("2024-10-28"))).isEqualTo(2);
        assertThat(dl.remainingWorkingDays(CAL, d("2024-10-30"))).isZero();
        assertThat(dl.remainingWorkingDays(CAL, d("2024-11-01"))).isEqualTo(-2);
    }
}
