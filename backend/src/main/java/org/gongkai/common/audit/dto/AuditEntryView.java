package org.gongkai.common.audit.dto;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import java.time.Instant;
import java.util.Map;

@Schema(name = "AuditEntry", description = "One append-only audit row")
public record AuditEntryView(
        long id,
        Instant occurredAt,
        @Schema(example = "editor") String actor,
        Long actorAccountId,
        @Schema(example = "Item") String entityType,
        @Schema(example = "42") String entityId,
        @Schema(example = "PUBLISH") String action,
        Long agencyId,
        @Schema(type = SchemaType.OBJECT, implementation = Map.class, description = "Changed fields: name → {from, to}, or name → value") JsonNode changes,
        String clientAddress) {
}
