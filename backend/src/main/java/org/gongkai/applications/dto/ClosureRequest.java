package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ClosureRequest", description = "办结归档")
public record ClosureRequest(
        Long version,
        @NotNull @Schema(example = "2024-11-05") LocalDate closedOn,
        @Size(max = 100) @Schema(example = "DQ-CZJ-2024-YSQ-017") String archiveReference) {
}
