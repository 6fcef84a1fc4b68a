package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ClarificationRequest", description = "The single 补正 notice: what is missing and by when to reply")
public record ClarificationRequest(
        @Schema(description = "Version read from GET", example = "3") Long version,
        @NotNull @Schema(example = "2024-10-09") LocalDate sentOn,
        @NotEmpty @Size(max = 20) @Schema(example = "[\"请明确所需信息的时间范围\", \"请提供项目名称或文号\"]")
        List<@NotBlank @Size(max = 300) String> items,
        @NotNull @Schema(description = "Reasonable period for the corrected application", example = "2024-10-30") LocalDate replyBy,
        @Size(max = 1000) String note) {
}
