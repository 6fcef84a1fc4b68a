package org.gongkai.reports.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "ReportStatus", description = "Where an agency's annual report of one year stands, and its deadline")
public record ReportStatusView(
        long agencyId,
        @Schema(example = "2021") int year,
        @Schema(description = "Null until the report is started") Long reportId,
        @Schema(description = "NOT_STARTED, DRAFT, LOCKED or PUBLISHED", example = "DRAFT") String status,
        @Schema(example = "草稿") String statusLabelZh,
        @Schema(example = "Draft") String statusLabelEn,
        @Schema(description = "The report's format, or the default for the year when not started",
                example = "NATIONAL_2021") String format,
        @Schema(example = "NATIONAL_2021") String defaultFormat,
        @Schema(description = "The report covers the agencies under the agency (when not started: the default, "
                + "true for a people's government)") boolean includeSubagencies,
        Deadline deadline,
        Instant lockedAt,
        String lockedBy,
        Instant publishedAt,
        String publishedBy,
        Long publishedItemId,
        @Schema(description = "Send back on lock, unlock and publish") Long version,
        List<Event> events) {

    @Schema(name = "ReportDeadline")
    public record Deadline(
            @Schema(example = "2022-03-31") LocalDate due,
            @Schema(description = "Days from today; negative when overdue", example = "30") long daysLeft,
            boolean overdue,
            @Schema(description = "Days after the deadline it was published (published reports only)") Long publishedDaysLate,
            @Schema(example = "《政府信息公开条例》第四十九条：政府部门于每年1月31日前报送并公布上一年度报告") String ruleZh,
            @Schema(example = "Regulation Art.49: a government department publishes by 31 January") String ruleEn) {
    }

    @Schema(name = "ReportEvent")
    public record Event(Instant at, String actor, @Schema(example = "LOCK") String action, String fromStatus,
                        String toStatus, boolean refused, String reason) {
    }
}
