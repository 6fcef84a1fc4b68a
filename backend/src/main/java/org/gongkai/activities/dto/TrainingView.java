package org.gongkai.activities.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Training", description = "A disclosure training")
public record TrainingView(
        long id,
        long agencyId,
        String agencyName,
        @Schema(example = "2026-05-20") LocalDate date,
        @Schema(example = "《政府信息公开条例》业务集中培训") String topic,
        @Schema(example = "2") int sessions,
        @Schema(example = "116") int participants,
        String note,
        long version) {
}
