package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.items.ItemStatus;
import org.gongkai.items.Lateness;
import org.gongkai.items.Topic;
import org.gongkai.items.Validity;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "ItemSummary", description = "One row of the catalogue or of a staff list")
public record ItemSummary(
        long id,
        ItemStatus status,
        @Schema(example = "DQ-CZJ/2024-00017") String indexNumber,
        String title,
        long agencyId,
        String agencyName,
        CategoryRef category,
        String documentNumber,
        LocalDate writtenDate,
        LocalDate publicationDate,
        Topic topic,
        Validity validity,
        Lateness lateness,
        Integer lateByWorkingDays,
        Instant updatedAt,
        long version) {
}
