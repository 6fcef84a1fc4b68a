package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ApplicationEventType;
import org.gongkai.applications.ApplicationStatus;
import org.gongkai.applications.DisclosureApplication;
import org.gongkai.applications.ObtainMethod;
import org.gongkai.applications.OutcomeCode;
import org.gongkai.common.text.Text;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Tracking", description = "What an applicant sees with tracking number and query code: no personal data beyond the masked name")
public record TrackingView(
        @Schema(example = "YSQ-2026-000123") String trackingNumber,
        @Schema(example = "张*") String applicantName,
        @Schema(example = "攀枝花市东区财政局") String agencyName,
        ApplicationStatus status,
        LocalDate receivedOn,
        DisclosureApplication.ClockState clockState,
        LocalDate dueDate,
        List<Text> deadlineSteps,
        OutcomeCode outcome,
        LocalDate concludedOn,
        LocalDate deliveredOn,
        ObtainMethod deliveryMethod,
        boolean canWithdraw,
        List<TrackingEvent> timeline) {

    @Schema(name = "TrackingEvent")
    public record TrackingEvent(ApplicationEventType type, LocalDate occurredOn, LocalDate untilDate) {
    }
}
