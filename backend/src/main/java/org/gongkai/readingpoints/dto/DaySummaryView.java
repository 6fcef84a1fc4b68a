package org.gongkai.readingpoints.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ReadingPointDay", description = "What a reading point has logged for one day: single visits, the tally and the total")
public record DaySummaryView(
        long pointId,
        String pointName,
        @Schema(example = "2026-03-02") LocalDate date,
        @Schema(description = "Number of single visits logged") long visitCount,
        long visitPeople,
        long visitItems,
        long visitsTurnedIntoApplications,
        @Schema(description = "The day's tally, or null") TallyView tally,
        @Schema(description = "Single visits plus the tally") long totalPeople,
        long totalItems,
        @Schema(description = "The day's single visits, newest first (at most 200)") List<VisitView> visits) {
}
