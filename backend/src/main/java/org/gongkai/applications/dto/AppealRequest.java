package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.AppealKind;
import org.gongkai.applications.AppealResult;

import java.time.LocalDate;

@Schema(name = "AppealRequest", description = "A reconsideration or lawsuit; result and closedOn together, or neither while pending")
public record AppealRequest(
        @NotNull @Schema(example = "RECONSIDERATION") AppealKind kind,
        @NotNull @Schema(example = "2024-12-10") LocalDate filedOn,
        @NotBlank @Size(max = 200) @Schema(example = "攀枝花市东区人民政府") String body,
        @Size(max = 100) @Schema(example = "东府复〔2024〕15号") String caseNumber,
        @Schema(description = "null while pending", example = "UPHELD") AppealResult result,
        @Schema(example = "2025-02-10") LocalDate closedOn,
        @Size(max = 1000) String note,
        @Schema(description = "For litigation after reconsideration: the reconsideration case") Long precedingAppealId,
        @Schema(description = "Version read from GET; required on update") Long version) {
}
