package org.gongkai.reports.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnlockRequest")
public record UnlockRequest(
        @NotBlank(message = "{org.gongkai.reports.Reason.message}") @Size(max = 500)
        @Schema(description = "Why the year must be reopened (kept in the report's history and the audit log)",
                example = "财政局补录2021年12月行政处罚决定书3件") String reason,
        @Schema(description = "The report's version as read") Long version) {
}
