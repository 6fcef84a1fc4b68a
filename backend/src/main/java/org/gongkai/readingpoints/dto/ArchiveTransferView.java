package org.gongkai.readingpoints.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "ArchiveTransfer", description = "Proactively disclosed information sent to an archive or library")
public record ArchiveTransferView(
        long id,
        long agencyId,
        String agencyName,
        @Schema(example = "2026-01-15") LocalDate date,
        Long receivingPointId,
        @Schema(example = "东区档案馆政府信息查阅点") String receivingPointName,
        String receivingInstitution,
        List<Long> itemIds,
        String setsDescription,
        int itemCount,
        String receivedBy,
        String note,
        Instant createdAt,
        long version) {
}
