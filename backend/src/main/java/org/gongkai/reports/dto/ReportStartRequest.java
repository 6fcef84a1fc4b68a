package org.gongkai.reports.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.reports.ReportFormat;

@Schema(name = "ReportStartRequest", description = "Start the year's report as a draft")
public record ReportStartRequest(
        @Schema(description = "Count the agencies under the agency too (default: yes for a people's government, "
                + "no for a department)", example = "true") Boolean includeSubagencies,
        @Schema(description = "Default: the year's format (LEGACY to 2018, NATIONAL_2019 for 2019–2020, "
                + "NATIONAL_2021 from 2021)", example = "NATIONAL_2021") ReportFormat format) {
}
