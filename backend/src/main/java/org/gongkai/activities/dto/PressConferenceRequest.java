package org.gongkai.activities.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.activities.ActivityRequest;
import org.gongkai.activities.PressChannel;

import java.time.LocalDate;

@Schema(name = "PressConferenceRequest", description = "A press conference or other release event")
public record PressConferenceRequest(
        @NotNull @Schema(example = "1") Long agencyId,
        @NotNull @Schema(example = "2026-04-16") LocalDate date,
        @NotBlank @Size(max = 200) @Schema(example = "东区一季度经济运行情况新闻发布会") String title,
        @Size(max = 2000) @Schema(example = "经济运行；中小企业发展；节能减排") String topics,
        @NotNull @Schema(example = "PRESS_CONFERENCE") PressChannel channel,
        @Size(max = 1000) String note,
        @Schema(description = "Version read from GET; required on update") Long version) implements ActivityRequest {

    @Override
    public LocalDate activityDate() {
        return date;
    }
}
