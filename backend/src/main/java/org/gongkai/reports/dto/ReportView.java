package org.gongkai.reports.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.reports.ReportDocument;

import java.util.List;

@Schema(name = "AnnualReport", description = "An annual report: where it stands, its sections and everything it "
        + "says (figures, tables, checks, comparison with last year)")
public record ReportView(ReportStatusView status, List<ReportSectionView> sections, ReportDocument document) {
}
