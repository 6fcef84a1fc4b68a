package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ConsultationAnswer;
import org.gongkai.applications.ConsultedPartyKind;

import java.time.LocalDate;

@Schema(name = "Consultation", description = "A consultation: who, when, the answer")
public record ConsultationView(long eventId, ConsultedPartyKind partyKind, String party, String subject, LocalDate sentOn,
                               @Schema(description = "15 working days after the request") LocalDate answerDue,
                               LocalDate answeredOn, ConsultationAnswer answer, String note) {
}
