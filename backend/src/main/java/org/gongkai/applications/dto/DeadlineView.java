package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ClockEvent;
import org.gongkai.applications.DisclosureApplication;
import org.gongkai.applications.Regime;
import org.gongkai.common.text.Text;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Deadline", description = "The due date and how it was computed: regime, restart, pauses, extension, days skipped")
public record DeadlineView(
        DisclosureApplication.ClockState state,
        Regime regime,
        LocalDate receivedOn,
        @Schema(description = "Day the count starts after: received, or the corrected application's arrival") LocalDate clockStart,
        LocalDate restartedOn,
        @Schema(example = "20") int baseWorkingDays,
        @Schema(example = "0") int extensionWorkingDays,
        @Schema(example = "2024-10-30") LocalDate dueDate,
        @Schema(description = "Working days from today (negative: overdue)") Integer remainingWorkingDays,
        Urgency urgency,
        @Schema(description = "Working days that were left when the clock paused") Integer workingDaysLeftWhenPaused,
        @Schema(description = "The calendar year an administrator must add", example = "2027") Integer missingCalendarYear,
        List<PauseView> pauses,
        List<DayView> holidaysSkipped,
        int weekendDaysSkipped,
        List<DayView> makeUpWorkdays,
        @Schema(description = "The explanation, step by step, in both languages") List<Text> steps,
        @Schema(description = "The applicant's deadline for the clarification") LocalDate clarificationReplyBy,
        @Schema(description = "The applicant's deadline for paying the fee") LocalDate feePayBy,
        @Schema(description = "The consulted party's deadline (15 working days)") LocalDate consultationAnswerDue,
        LocalDate concludedOn,
        boolean answeredLate) {

    @Schema(name = "DeadlinePause")
    public record PauseView(ClockEvent.PauseKind kind, LocalDate from, LocalDate to, Integer workingDays, boolean counted) {
    }

    @Schema(name = "DeadlineDay")
    public record DayView(LocalDate date, @Schema(example = "国庆节") String name) {
    }
}
