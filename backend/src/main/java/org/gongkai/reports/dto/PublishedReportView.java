package org.gongkai.reports.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.reports.ReportDocument;

@Schema(name = "PublishedReport", description = "A published annual report as the public reads it: the text and "
        + "tables frozen when it was locked (the staff's checks and who entered which figure are not shown)")
public record PublishedReportView(PublishedReportSummary report, ReportDocument document) {
}
