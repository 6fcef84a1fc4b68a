package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ApplicationStatus;
import org.gongkai.common.text.Text;

import java.time.LocalDate;

@Schema(name = "SubmissionResult", description = "Tracking number and the query code, shown this once only")
public record SubmissionResult(
        @Schema(description = "Internal id (staff console only; null for portal submissions)") Long id,
        @Schema(example = "YSQ-2026-000123") String trackingNumber,
        @Schema(description = "Secret to follow the application; stored only as a hash, never shown again",
                example = "K7QM-4TXP-9R2W") String queryCode,
        @Schema(example = "攀枝花市东区财政局") String agencyName,
        ApplicationStatus status,
        @Schema(example = "2026-11-30") LocalDate receivedOn,
        Text receivedRule,
        @Schema(description = "Reply due date; null when the calendar lacks the year", example = "2026-12-28") LocalDate dueDate,
        @Schema(description = "Where the applicant follows it", example = "/track?number=YSQ-2026-000123") String trackingPath) {
}
