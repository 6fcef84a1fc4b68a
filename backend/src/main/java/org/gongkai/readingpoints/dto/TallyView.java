package org.gongkai.readingpoints.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "Tally", description = "A day's tally at a reading point")
public record TallyView(
        long id,
        long pointId,
        @Schema(example = "东区政务服务中心一号查阅点") String pointName,
        long agencyId,
        @Schema(example = "2026-03-02") LocalDate date,
        @Schema(example = "1234") int people,
        @Schema(example = "610") int itemsConsulted,
        String note,
        @Schema(example = "clerk") String recordedBy,
        @Schema(description = "The tally import that wrote it, if any") Long importId,
        Instant updatedAt,
        long version) {
}
