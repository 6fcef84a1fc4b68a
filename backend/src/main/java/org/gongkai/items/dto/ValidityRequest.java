package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.items.Validity;

import java.time.LocalDate;

@Schema(name = "ValidityRequest", description = "Record that a published rule or normative document was repealed (or is in force again)")
public record ValidityRequest(
        @Schema(required = true) Long version,
        @Schema(required = true) Validity validity,
        @Schema(description = "Required when REPEALED", example = "2025-12-31") LocalDate repealDate) {
}
