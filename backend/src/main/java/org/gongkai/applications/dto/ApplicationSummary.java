package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ApplicantType;
import org.gongkai.applications.ApplicationStatus;
import org.gongkai.applications.Channel;
import org.gongkai.applications.DisclosureApplication;
import org.gongkai.applications.OutcomeCode;

import java.time.LocalDate;

@Schema(name = "ApplicationSummary", description = "A row of the staff queue (personal data masked)")
public record ApplicationSummary(
        long id,
        @Schema(example = "YSQ-2026-000123") String trackingNumber,
        long agencyId,
        @Schema(example = "攀枝花市东区财政局") String agencyName,
        ApplicationStatus status,
        ApplicantType applicantType,
        @Schema(example = "张三") String applicantName,
        @Schema(example = "138****5678") String phone,
        Channel channel,
        LocalDate receivedOn,
        @Schema(description = "null while paused, awaiting clarification, or unknown") LocalDate dueDate,
        DisclosureApplication.ClockState clockState,
        @Schema(description = "Year an administrator must add to the calendar before the due date can be computed")
        Integer dueUnknownYear,
        @Schema(description = "Working days left (negative: overdue)", example = "4") Integer remainingWorkingDays,
        Urgency urgency,
        @Schema(description = "Subject of the request (first 80 characters)") String subject,
        OutcomeCode outcome,
        LocalDate concludedOn,
        boolean answeredLate,
        long version) {
}
