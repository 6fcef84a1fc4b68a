package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.LegacyOutcome;
import org.gongkai.applications.OutcomeCode;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Decision", description = "How the application concluded")
public record DecisionView(
        OutcomeCode outcome,
        OutcomeCode.Group group,
        @Schema(example = "（二）部分公开") String rowLabel,
        LegacyOutcome legacyOutcome,
        LocalDate concludedOn,
        String reason,
        String legalBasis,
        List<WithheldPart> withheldParts,
        String referralAgency,
        boolean answeredLate,
        LocalDate deliveredOn,
        org.gongkai.applications.ObtainMethod deliveryMethod,
        String deliveryNote,
        LocalDate closedOn,
        String archiveReference) {
}
