package org.gongkai.readingpoints.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.text.Text;
import org.gongkai.readingpoints.ReadingPointKind;

import java.util.List;

@Schema(name = "ReadingPointStatistics", description = "A year of reading-point figures (single visits and daily tallies added together)")
public record ReadingPointStatisticsView(
        @Schema(example = "2025") int year,
        @Schema(description = "The agencies counted") List<Long> agencyIds,
        @Schema(example = "month", enumeration = {"point", "kind", "month", "point-month", "kind-month"}) String groupBy,
        @Schema(description = "Reading points open at some time during the year") int points,
        long people,
        long itemsConsulted,
        long visitsTurnedIntoApplications,
        List<StatisticsRow> rows) {

    @Schema(name = "ReadingPointStatisticsRow", description = "One group; dimensions not grouped by are null")
    public record StatisticsRow(
            Long pointId,
            String pointName,
            Long agencyId,
            ReadingPointKind kind,
            Text kindLabel,
            @Schema(description = "1–12") Integer month,
            @Schema(description = "Points open during the year (kind rows only)") Integer points,
            long people,
            long itemsConsulted,
            long visitsTurnedIntoApplications) {
    }
}
