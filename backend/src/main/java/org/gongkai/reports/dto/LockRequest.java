package org.gongkai.reports.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LockRequest")
public record LockRequest(
        @Schema(description = "The report's version as read") Long version,
        @Size(max = 500)
        @Schema(description = "Administrators only: lock although checks fail, and why") String overrideReason) {
}
