package org.gongkai.activities.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.activities.ActivityRequest;

import java.time.LocalDate;

@Schema(name = "TrainingRequest", description = "A disclosure training")
public record TrainingRequest(
        @NotNull @Schema(example = "1") Long agencyId,
        @NotNull @Schema(example = "2026-05-20") LocalDate date,
        @NotBlank @Size(max = 200) @Schema(example = "《政府信息公开条例》业务集中培训") String topic,
        @NotNull @Min(1) @Max(1000) @Schema(example = "2") Integer sessions,
        @NotNull @Min(0) @Max(100_000) @Schema(description = "Participants (人次)", example = "116") Integer participants,
        @Size(max = 1000) String note,
        @Schema(description = "Version read from GET; required on update") Long version) implements ActivityRequest {

    @Override
    public LocalDate activityDate() {
        return date;
    }
}
