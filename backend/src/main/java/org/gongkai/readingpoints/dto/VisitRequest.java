package org.gongkai.readingpoints.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

@Schema(name = "VisitRequest", description = "One visit to a reading point")
public record VisitRequest(
        @NotNull @Schema(example = "2026-03-02") LocalDate date,
        @Schema(description = "Time of the visit; defaults to now when the visit is today", example = "10:15:00")
        LocalTime time,
        @Min(1) @Max(1000) @Schema(description = "People in the party (default 1)", example = "1") Integer people,
        @Size(max = 500) @Schema(example = "咨询低保申请条件") String requestSummary,
        @Min(0) @Max(10000) @Schema(description = "Pieces of information consulted (default 0)", example = "2")
        Integer itemsConsulted,
        @Size(max = 200) @Schema(description = "Catalogue items consulted (ids), at most itemsConsulted")
        List<@NotNull @Positive Long> itemIds,
        @Schema(description = "The request became an application for disclosure") boolean becameApplication,
        @Size(max = 50) @Schema(description = "Tracking number of that application, if known", example = "DQ-2026-0012")
        String applicationReference,
        @Size(max = 500) String note,
        @Schema(description = "Version read from GET; required on update") Long version) {
}
