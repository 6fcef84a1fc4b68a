package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.text.Text;

import java.util.List;

@Schema(name = "ApplicationImportReport", description = "What was imported and what was rejected, by row and field")
public record ImportReport(ImportRequest.Mode mode, int received, int imported, int rejected,
                           List<ImportedRow> importedRows, List<RejectedRow> rejectedRows) {

    @Schema(name = "ImportedRow")
    public record ImportedRow(@Schema(description = "0-based row index") int row, long id, String trackingNumber,
                              String sourceReference) {
    }

    @Schema(name = "RejectedRow")
    public record RejectedRow(int row, String sourceReference, List<RowError> errors) {
    }

    @Schema(name = "ImportRowError")
    public record RowError(@Schema(example = "applications[3].events[1].on") String field, Text message) {
    }
}
