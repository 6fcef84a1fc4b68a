package org.gongkai.readingpoints.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TallyRequest", description = "A day's tally at a reading point (people and items not logged as single visits)")
public record TallyRequest(
        @Schema(description = "The day; required on POST, taken from the path on PUT", example = "2026-03-02")
        LocalDate date,
        @NotNull @Min(0) @Max(TallyLimits.MAX_PEOPLE) @Schema(example = "1234") Integer people,
        @NotNull @Min(0) @Max(TallyLimits.MAX_ITEMS) @Schema(example = "610") Integer itemsConsulted,
        @Size(max = 500) String note,
        @Schema(description = "Version read from GET; required to change an existing tally") Long version) {
}
