package org.gongkai.readingpoints.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

@Schema(name = "Visit", description = "One logged visit to a reading point")
public record VisitView(
        long id,
        long pointId,
        @Schema(example = "东区档案馆政府信息查阅点") String pointName,
        long agencyId,
        @Schema(example = "2026-03-02") LocalDate date,
        @Schema(example = "10:15:00") LocalTime time,
        @Schema(example = "1") int people,
        @Schema(example = "咨询低保申请条件") String requestSummary,
        @Schema(example = "2") int itemsConsulted,
        List<Long> itemIds,
        boolean becameApplication,
        String applicationReference,
        String note,
        @Schema(example = "clerk") String recordedBy,
        Instant createdAt,
        long version) {
}
