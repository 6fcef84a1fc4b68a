package org.gongkai.activities.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "InternalRule", description = "An internal rule (制度) adopted for disclosure work")
public record InternalRuleView(
        long id,
        long agencyId,
        String agencyName,
        @Schema(example = "2026-02-10") LocalDate adoptedOn,
        @Schema(example = "东区政府信息公开保密审查制度") String title,
        @Schema(example = "东府办发〔2026〕3号") String documentNumber,
        String summary,
        long version) {
}
