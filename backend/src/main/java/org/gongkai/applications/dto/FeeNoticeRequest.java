package org.gongkai.applications.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.FeeMethod;

import java.time.LocalDate;

@Schema(name = "FeeNoticeRequest", description = "收费通知: the amount is computed; the clock pauses until payment or waiver")
public record FeeNoticeRequest(
        Long version,
        @NotNull @Schema(example = "2024-10-15") LocalDate sentOn,
        @NotNull @Schema(example = "PER_PAGE") FeeMethod method,
        @Min(1) @Max(1_000_000) @Schema(description = "Pages (per-page method only)", example = "250") Integer pages) {
}
