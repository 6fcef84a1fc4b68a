package org.gongkai.activities.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebsiteStatistic", description = "Visits to an agency's disclosure column in one month")
public record WebsiteStatisticView(
        long id,
        long agencyId,
        @Schema(example = "2026") int year,
        @Schema(example = "3") int month,
        @Schema(example = "45210") long visits,
        String note,
        long version) {
}
