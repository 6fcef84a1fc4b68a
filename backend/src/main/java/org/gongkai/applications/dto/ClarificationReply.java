package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ClarificationReply", description = "The corrected application arrived: the clock restarts from this day")
public record ClarificationReply(
        Long version,
        @NotNull @Schema(example = "2024-10-15") LocalDate receivedOn,
        @Size(max = 4000) @Schema(description = "The request as corrected (replaces the description when given)")
        String correctedDescription,
        @Size(max = 1000) String note) {
}
