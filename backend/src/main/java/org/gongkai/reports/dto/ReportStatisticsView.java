package org.gongkai.reports.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.reports.Check;
import org.gongkai.reports.ReportDocument;

import java.util.List;

@Schema(name = "ReportStatistics", description = "A year's annual-report statistics for an agency (alone or with the "
        + "agencies under it) in one format, computed from the records now: the checks' summary, the statutory "
        + "deadline and the whole document (figures, tables, checks, fresh drafts, comparison with last year)")
public record ReportStatisticsView(
        long agencyId,
        @Schema(example = "攀枝花市东区人民政府") String agencyName,
        @Schema(example = "2025") int year,
        @Schema(example = "NATIONAL_2021") String format,
        boolean includeSubagencies,
        @Schema(description = "The year's report: NOT_STARTED, DRAFT, LOCKED or PUBLISHED", example = "DRAFT")
        String reportStatus,
        CheckSummary checks,
        ReportStatusView.Deadline deadline,
        @Schema(description = "Absent with summary=true") ReportDocument document) {

    @Schema(name = "ReportCheckSummary", description = "How many checks passed, warn and fail (a FAIL blocks locking)")
    public record CheckSummary(@Schema(example = "38") long pass, @Schema(example = "2") long warning,
                               @Schema(example = "0") long fail) {
        public static CheckSummary of(List<Check> checks) {
            return new CheckSummary(count(checks, Check.Status.PASS), count(checks, Check.Status.WARNING),
                    count(checks, Check.Status.FAIL));
        }

        private static long count(List<Check> checks, Check.Status s) {
            return checks.stream().filter(c -> c.status() == s).count();
        }
    }
}
