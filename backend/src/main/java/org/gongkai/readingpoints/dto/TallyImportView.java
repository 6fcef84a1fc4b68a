package org.gongkai.readingpoints.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "TallyImport", description = "A committed tally import, with the rows it left out")
public record TallyImportView(
        long id,
        @Schema(example = "2026-03.csv") String fileName,
        @Schema(example = "CSV") String format,
        @Schema(example = "UTF-8") String encoding,
        @Schema(example = "VALID_ROWS") String mode,
        @Schema(example = "REJECT") String onExisting,
        int rowsRead,
        int created,
        int replaced,
        int rejectedRows,
        long people,
        long itemsConsulted,
        @Schema(example = "clerk") String importedBy,
        Instant importedAt,
        @Schema(description = "The rows left out and why") List<TallyImportReport.RejectedRow> rejected) {
}
