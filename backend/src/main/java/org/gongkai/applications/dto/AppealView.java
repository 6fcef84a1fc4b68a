package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.AppealKind;
import org.gongkai.applications.AppealResult;

import java.time.LocalDate;

@Schema(name = "Appeal", description = "A reconsideration or lawsuit; result null while pending")
public record AppealView(long id, long applicationId, AppealKind kind, LocalDate filedOn, String body, String caseNumber,
                         AppealResult result, LocalDate closedOn, String note, Long precedingAppealId, boolean pending,
                         long version) {
}
