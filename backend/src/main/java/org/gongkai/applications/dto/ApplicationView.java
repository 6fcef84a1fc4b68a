package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ApplicationAction;
import org.gongkai.applications.ApplicationStatus;
import org.gongkai.applications.Channel;
import org.gongkai.applications.Regime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "Application", description = "An application with its deadline explanation, timeline and legal next steps")
public record ApplicationView(
        long id,
        @Schema(example = "YSQ-2026-000123") String trackingNumber,
        long agencyId,
        String agencyName,
        ApplicationStatus status,
        Regime regime,
        Channel channel,
        Instant submittedAt,
        LocalDate submittedOn,
        LocalDate receivedOn,
        String receivedNote,
        String registeredBy,
        boolean imported,
        String sourceReference,
        ApplicantView applicant,
        RequestView request,
        DeadlineView deadline,
        @Schema(description = "The steps the caller may take now (legal and permitted)") List<ApplicationAction> allowedActions,
        ClarificationView clarification,
        List<ConsultationView> consultations,
        ExtensionView extension,
        FeeView fee,
        LegacyFeesView legacyFees,
        DecisionView decision,
        List<EventView> events,
        List<AppealView> appeals,
        List<DocumentInfo> documents,
        long version) {

    @Schema(name = "Clarification")
    public record ClarificationView(LocalDate sentOn, List<String> items, LocalDate replyBy, LocalDate answeredOn,
                                    boolean lapsed) {
    }

    @Schema(name = "Extension")
    public record ExtensionView(LocalDate on, int workingDays, String reason, String approvedBy) {
    }
}
