package org.gongkai.applications.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ExtensionRequest", description = "One extension, approved by the head of the disclosure office, notified to the applicant")
public record ExtensionRequest(
        Long version,
        @NotNull @Schema(example = "2024-10-28") LocalDate on,
        @NotNull @Min(1) @Max(20) @Schema(description = "At most 15 (2007 Regulation) or 20 (2019 Regulation)", example = "20")
        Integer workingDays,
        @NotBlank @Size(max = 1000) @Schema(example = "涉及信息量大，需要调阅多个年度的档案") String reason,
        @NotBlank @Size(max = 50) @Schema(description = "Who approved it", example = "区政府办公室 王主任") String approvedBy) {
}
