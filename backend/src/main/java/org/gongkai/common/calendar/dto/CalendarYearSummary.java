package org.gongkai.common.calendar.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "CalendarYearSummary")
public record CalendarYearSummary(
        @Schema(example = "2024") int year,
        @Schema(description = "Days off named by the notice") int offDays,
        @Schema(description = "Working days named by the notice (make-up days)") int workingDays,
        List<String> papers,
        @Schema(example = "holiday-cn") String source,
        Instant updatedAt,
        String updatedBy,
        long version) {
}
