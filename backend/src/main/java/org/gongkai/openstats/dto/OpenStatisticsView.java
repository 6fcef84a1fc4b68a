package org.gongkai.openstats.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ApplicationStatistics;
import org.gongkai.items.Category;
import org.gongkai.readingpoints.ReadingPointKind;

import java.util.List;

/**
 * The portal's open statistics of one year: aggregates of published items, of applications and their outcomes,
 * and of visits — never a record, a name or anything unpublished.
 */
@Schema(name = "OpenStatistics", description = "Public figures of one year: items published by category and "
        + "month, applications received and their outcomes, reading-point and website visits")
public record OpenStatisticsView(
        @Schema(example = "2025") int year,
        @Schema(description = "Years with any figures, newest first (always including this year)") List<Integer> years,
        @Schema(description = "The agency counted (with the agencies under it); null for the whole district") Long agencyId,
        String agencyName,
        Items items,
        Applications applications,
        Visits visits) {

    @Schema(name = "OpenItemStatistics", description = "Items published (proactive disclosure)")
    public record Items(
            @Schema(description = "Published during the year (later withdrawals do not change it)", example = "37")
            long publishedInYear,
            @Schema(description = "Published by 31 December (or today) and not withdrawn", example = "305")
            long cumulativePublished,
            @Schema(description = "Every active category, 0 when none") List<CategoryCount> byCategory,
            @Schema(description = "12 values, January first") long[] byMonth,
            @Schema(description = "Items published per year, every year with items, oldest first") List<YearCount> byYear) {
    }

    @Schema(name = "OpenCategoryCount")
    public record CategoryCount(@Schema(example = "NORMATIVE") String code, @Schema(example = "行政规范性文件") String nameZh,
                                @Schema(example = "Normative documents") String nameEn, Category.Scheme scheme,
                                long count) {
    }

    @Schema(name = "OpenYearCount")
    public record YearCount(int year, long count) {
    }

    @Schema(name = "OpenApplicationStatistics", description = "Applications for disclosure, counted as the annual "
            + "report's table 三 counts them")
    public record Applications(
            @Schema(description = "Received during the year") long received,
            @Schema(description = "Received earlier and still open on 1 January") long carriedOver,
            @Schema(description = "Concluded during the year") long concluded,
            @Schema(description = "Still open on 31 December (or today)") long carriedForward,
            @Schema(description = "Concluded during the year, per outcome group （一）…（六）") List<OutcomeCount> outcomes,
            @Schema(description = "Received per month, split by how each has ended so far")
            List<ApplicationStatistics.GroupByMonth> receivedByMonth) {
    }

    @Schema(name = "OpenOutcomeCount")
    public record OutcomeCount(@Schema(example = "DISCLOSED") String group, @Schema(example = "予以公开") String labelZh,
                               @Schema(example = "Disclosed") String labelEn, long count) {
    }

    @Schema(name = "OpenVisitStatistics", description = "People received and items consulted at the reading points, "
            + "and visits to the website's disclosure column")
    public record Visits(
            long people,
            long itemsConsulted,
            @Schema(description = "12 rows, January first") List<MonthVisits> byMonth,
            @Schema(description = "Every kind of reading point, in the report's order") List<KindVisits> byKind,
            @Schema(description = "Website visits of the months recorded; null when no month is recorded")
            Long websiteVisits,
            @Schema(description = "How many months of website visits are recorded", example = "12") int websiteMonthsRecorded) {
    }

    @Schema(name = "OpenMonthVisits")
    public record MonthVisits(@Schema(example = "3") int month, long people, long itemsConsulted,
                              @Schema(description = "Null when the month is not recorded") Long websiteVisits) {
    }

    @Schema(name = "OpenKindVisits")
    public record KindVisits(ReadingPointKind kind, String labelZh, String labelEn,
                             @Schema(description = "Points of this kind open during the year") int points,
                             long people, long itemsConsulted) {
    }
}
