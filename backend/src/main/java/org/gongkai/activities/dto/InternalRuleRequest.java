package org.gongkai.activities.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.activities.ActivityRequest;

import java.time.LocalDate;

@Schema(name = "InternalRuleRequest", description = "An internal rule (制度) adopted for disclosure work")
public record InternalRuleRequest(
        @NotNull @Schema(example = "1") Long agencyId,
        @NotNull @Schema(example = "2026-02-10") LocalDate adoptedOn,
        @NotBlank @Size(max = 200) @Schema(example = "东区政府信息公开保密审查制度") String title,
        @Size(max = 100) @Schema(example = "东府办发〔2026〕3号") String documentNumber,
        @Size(max = 4000) @Schema(example = "规定主动公开前的保密审查流程和责任人") String summary,
        @Schema(description = "Version read from GET; required on update") Long version) implements ActivityRequest {

    @Override
    public LocalDate activityDate() {
        return adoptedOn;
    }
}
