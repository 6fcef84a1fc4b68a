package org.gongkai.reports.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.reports.ReportFormat;

@Schema(name = "ReportSettingsRequest", description = "Change format or scope of a draft report (edits are kept per "
        + "format)")
public record ReportSettingsRequest(
        @NotNull(message = "{org.gongkai.reports.IncludeSubagencies.message}") @Schema(example = "true")
        Boolean includeSubagencies,
        @Schema(description = "Absent: keep the report's format", example = "LEGACY") ReportFormat format,
        @Schema(description = "The report's version as read") Long version) {
}
