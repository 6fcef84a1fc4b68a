package org.gongkai.common.calendar.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CalendarYearRequest", description = "Replaces one year's holiday notice data")
public record CalendarYearRequest(
        @Size(max = 10) List<@Size(max = 300) String> papers,
        @NotNull @Size(min = 1, max = 120) List<@Valid @NotNull CalendarDayView> days,
        @Schema(description = "Version read from GET; required when the year already exists") Long version) {
}
