package org.gongkai.activities.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WebsiteYear", description = "Twelve months of visits to an agency's disclosure column")
public record WebsiteYearView(
        long agencyId,
        int year,
        @Schema(description = "Months 1–12; a month not recorded has no visits and no version") List<Month> months,
        @Schema(description = "Sum of the recorded months; null when none is recorded") Long total,
        int monthsRecorded) {

    @Schema(name = "WebsiteMonth")
    public record Month(int month, Long visits, String note, Long version) {
    }
}
