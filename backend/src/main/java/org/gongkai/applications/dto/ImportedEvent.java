package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ConsultationAnswer;
import org.gongkai.applications.ConsultedPartyKind;
import org.gongkai.applications.FeeMethod;
import org.gongkai.applications.ObtainMethod;
import org.gongkai.applications.OutcomeCode;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ImportedEvent", description = "One dated step of a past application; the fields its type needs")
public record ImportedEvent(
        @Schema(description = "CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, CLARIFICATION_LAPSED, CONSULTATION_STARTED, "
                + "CONSULTATION_ENDED, EXTENDED, FEE_NOTICE_SENT, FEE_PAID, FEE_WAIVED, FEE_LAPSED, DECIDED, WITHDRAWN, "
                + "DELIVERED, CLOSED", example = "DECIDED") String type,
        @Schema(example = "2012-03-20") LocalDate on,
        @Schema(description = "Clarification: reply-by date") LocalDate until,
        @Schema(description = "Clarification: what was missing") List<String> items,
        ConsultedPartyKind partyKind,
        String party,
        ConsultationAnswer answer,
        @Schema(description = "Extension: working days") Integer workingDays,
        @Schema(description = "Extension reason, waiver reason, withdrawal reason or decision reason") String reason,
        String approvedBy,
        FeeMethod feeMethod,
        @Schema(description = "Fee: pages (per page) or the application's rank in the applicant's month (per application)")
        Integer units,
        @Schema(description = "Decision: current outcome code (or legacyOutcome)") OutcomeCode outcome,
        @Schema(description = "Decision: 2007-era label, e.g. 同意公开, 信息不存在, 非本机关, 申请内容不明确") String legacyOutcome,
        String legalBasis,
        List<WithheldPart> withheldParts,
        String referralAgency,
        @Schema(description = "Delivery: how") ObtainMethod method,
        String note,
        String archiveReference,
        String receiptNumber) {
}
