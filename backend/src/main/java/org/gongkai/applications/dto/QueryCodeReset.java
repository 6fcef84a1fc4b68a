package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QueryCodeReset", description = "A new query code for an applicant who lost theirs; shown once")
public record QueryCodeReset(@Schema(example = "YSQ-2026-000123") String trackingNumber,
                             @Schema(example = "K7QM-4TXP-9R2W") String queryCode, long version) {
}
