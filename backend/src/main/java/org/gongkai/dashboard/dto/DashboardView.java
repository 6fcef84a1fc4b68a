package org.gongkai.dashboard.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ApplicationStatistics;
import org.gongkai.applications.dto.ApplicationSummary;
import org.gongkai.items.dto.ItemSummary;
import org.gongkai.readingpoints.ReadingPointKind;
import org.gongkai.reports.dto.ReportStatusView;

import java.time.LocalDate;
import java.util.List;

/**
 * The staff console's home: what needs doing, for the caller's roles and agency scope. A card a role does not
 * act on is null, so the console shows only what concerns the caller.
 */
@Schema(name = "Dashboard", description = "The console's home page: work waiting, today's figures, the report's "
        + "deadline and the year so far, per role and agency scope")
public record DashboardView(
        @Schema(description = "Beijing date the figures were computed for", example = "2026-03-02") LocalDate today,
        @Schema(description = "The year the charts cover (so far)", example = "2026") int year,
        Scope scope,
        @Schema(description = "CASEWORKER, ADMIN; null for other roles") ApplicationsCard applications,
        @Schema(description = "EDITOR (own drafts and submissions), REVIEWER and ADMIN (review queue); null otherwise")
        ItemsCard items,
        @Schema(description = "CLERK, ADMIN; null otherwise") ReadingPointsCard readingPoints,
        @Schema(description = "ADMIN, EDITOR, REVIEWER; null otherwise, or when the caller has no agency")
        ReportCard report,
        Charts charts) {

    @Schema(name = "DashboardScope")
    public record Scope(
            @Schema(description = "The one agency counted; null when every agency is (district-wide)") Long agencyId,
            String agencyName,
            boolean districtWide) {
    }

    @Schema(name = "DashboardApplications", description = "Open applications by deadline (the queue's own filters)")
    public record ApplicationsCard(
            @Schema(description = "Open applications", example = "31") long open,
            @Schema(description = "Due date passed (queue: overdue=true)", example = "2") long overdue,
            @Schema(description = "The first few overdue, most overdue first") List<ApplicationSummary> overdueFirst,
            @Schema(description = "\"Due soon\" means at most this many working days left", example = "5") int dueSoonDays,
            @Schema(description = "Due from today to dueSoonDays working days ahead (queue: dueWithinDays=5)", example = "4")
            long dueSoon,
            @Schema(description = "The first few due soon, earliest first") List<ApplicationSummary> dueSoonFirst,
            @Schema(description = "Open with a due date that cannot be computed: a holiday calendar year is missing")
            long dueUnknown,
            @Schema(description = "The calendar years an administrator must add", example = "[2027]")
            List<Integer> missingCalendarYears) {
    }

    @Schema(name = "DashboardItems", description = "Catalogue items waiting for someone")
    public record ItemsCard(
            @Schema(description = "Items waiting for secrecy review in scope (REVIEWER, ADMIN); null for editors")
            Long pendingReview,
            @Schema(description = "The review queue's first rows (most recently changed first)") List<ItemSummary> pendingReviewFirst,
            @Schema(description = "The caller's own drafts, including those sent back (EDITOR); null for others")
            Long myDrafts,
            @Schema(description = "Most recently changed first") List<ItemSummary> myDraftsFirst,
            @Schema(description = "The caller's items waiting for review (EDITOR); null for others") Long mySubmitted) {
    }

    @Schema(name = "DashboardReadingPoints", description = "Today's visits and tallies at the reading points in scope")
    public record ReadingPointsCard(
            LocalDate date,
            @Schema(description = "People received today (single visits plus tallies)", example = "1234") long people,
            @Schema(description = "Items consulted today", example = "56") long itemsConsulted,
            @Schema(description = "Every point open today, zero when nothing is logged yet") List<PointToday> points) {
    }

    @Schema(name = "DashboardReadingPoint")
    public record PointToday(long pointId, String name, ReadingPointKind kind, String kindLabelZh, String kindLabelEn,
                             long people, long itemsConsulted) {
    }

    @Schema(name = "DashboardReport", description = "The annual report the caller's agency owes now: last year's "
            + "until it is published, then this year's")
    public record ReportCard(
            @Schema(example = "2025") int year,
            long agencyId,
            String agencyName,
            @Schema(description = "NOT_STARTED, DRAFT, LOCKED or PUBLISHED", example = "DRAFT") String status,
            String statusLabelZh,
            String statusLabelEn,
            ReportStatusView.Deadline deadline) {
    }

    @Schema(name = "DashboardCharts", description = "The year so far, January first (12 values each; months "
            + "still to come are 0); a chart the caller's roles do not use is null")
    public record Charts(
            @Schema(description = "EDITOR, REVIEWER, ADMIN") long[] itemsPublishedByMonth,
            @Schema(description = "CASEWORKER, ADMIN: received per month, split by how each has ended so far")
            List<ApplicationStatistics.GroupByMonth> applicationsByMonth,
            @Schema(description = "CLERK, ADMIN: people received per month") long[] visitorsByMonth,
            @Schema(description = "CLERK, ADMIN: items consulted per month") long[] itemsConsultedByMonth) {
    }
}
