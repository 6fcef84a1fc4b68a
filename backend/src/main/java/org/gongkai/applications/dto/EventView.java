package org.gongkai.applications.dto;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.gongkai.applications.ApplicationEventType;
import org.gongkai.applications.ApplicationStatus;
import org.gongkai.applications.ConsultedPartyKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

@Schema(name = "ApplicationEvent", description = "One step of the timeline: what, on which date, recorded when and by whom")
public record EventView(
        long id,
        ApplicationEventType type,
        LocalDate occurredOn,
        Instant recordedAt,
        @Schema(example = "caseworker") String actor,
        ApplicationStatus fromStatus,
        ApplicationStatus toStatus,
        LocalDate untilDate,
        Integer workingDays,
        ConsultedPartyKind partyKind,
        String party,
        @Schema(type = SchemaType.OBJECT, implementation = Map.class, description = "Other particulars (reason, items, answer, note…)") JsonNode details) {
}
