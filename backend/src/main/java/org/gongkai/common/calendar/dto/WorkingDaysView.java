package org.gongkai.common.calendar.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "WorkingDays", description = "A working-day count with the days skipped and the make-up days counted")
public record WorkingDaysView(
        @Schema(example = "2024-09-27") LocalDate start,
        @Schema(example = "2024-10-30") LocalDate result,
        @Schema(example = "20") int workingDays,
        List<Skipped> skipped,
        List<MakeUp> makeUpWorkdays) {

    public record Skipped(LocalDate date, @Schema(enumeration = {"WEEKEND", "HOLIDAY"}) String reason, String holiday) {
    }

    public record MakeUp(LocalDate date, String holiday) {
    }

    public static WorkingDaysView of(WorkingDayCalendar.Explanation e) {
        return new WorkingDaysView(e.start(), e.result(), e.workingDays(),
                e.skipped().stream().map(s -> new Skipped(s.date(), s.reason().name(), s.holiday())).toList(),
                e.makeUpWorkdays().stream().map(m -> new MakeUp(m.date(), m.holiday())).toList());
    }
}
