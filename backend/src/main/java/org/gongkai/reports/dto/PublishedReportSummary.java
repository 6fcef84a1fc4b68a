package org.gongkai.reports.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "PublishedReportSummary", description = "A published annual report in the public list")
public record PublishedReportSummary(
        long id,
        long agencyId,
        @Schema(example = "攀枝花市东区人民政府") String agencyName,
        @Schema(example = "2025") int year,
        @Schema(example = "NATIONAL_2021") String format,
        @Schema(example = "2021年全国统一格式") String formatLabelZh,
        @Schema(example = "2021 national format") String formatLabelEn,
        @Schema(example = "攀枝花市东区2025年政府信息公开工作年度报告") String title,
        Instant publishedAt,
        @Schema(description = "The catalogue item the report was published as") Long itemId) {
}
