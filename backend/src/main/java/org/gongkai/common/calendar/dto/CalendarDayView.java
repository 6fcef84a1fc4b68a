package org.gongkai.common.calendar.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CalendarDay", description = "A date named by the notice: off (放假) or worked (上班)")
public record CalendarDayView(
        @NotNull @Schema(example = "2024-10-01") LocalDate date,
        @NotNull @Schema(description = "true: day off; false: working day (make-up)", example = "true") Boolean offDay,
        @NotBlank @Size(max = 50) @Schema(example = "国庆节") String name) {
}
