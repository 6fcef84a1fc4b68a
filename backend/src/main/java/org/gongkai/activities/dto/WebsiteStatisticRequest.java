package org.gongkai.activities.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebsiteStatisticRequest", description = "Visits to the disclosure column in one month")
public record WebsiteStatisticRequest(
        @NotNull @Min(0) @Max(10_000_000_000L) @Schema(example = "45210") Long visits,
        @Size(max = 500) @Schema(example = "来源：网站统计系统月报") String note,
        @Schema(description = "Version read from GET; required to change an existing month") Long version) {
}
