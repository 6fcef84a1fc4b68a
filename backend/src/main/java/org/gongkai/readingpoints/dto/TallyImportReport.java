package org.gongkai.readingpoints.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.text.Text;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "TallyImportReport", description = "What a tally import accepted and rejected, row by row")
public record TallyImportReport(
        @Schema(description = "The stored import record; null when nothing was written") Long importId,
        @Schema(example = "ALL_OR_NOTHING") String mode,
        @Schema(example = "REJECT") String onExisting,
        @Schema(description = "Checked only; nothing was written") boolean dryRun,
        @Schema(description = "The accepted rows were written") boolean committed,
        @Schema(example = "2026-03.csv") String fileName,
        @Schema(example = "CSV") String format,
        @Schema(example = "GB18030", description = "CSV only: the encoding detected") String encoding,
        @Schema(description = "Header columns that were not recognised and were ignored") List<String> ignoredColumns,
        @Schema(description = "Data rows read (blank rows are skipped)") int rowsRead,
        @Schema(description = "Rows that create a new tally") int created,
        @Schema(description = "Rows that replace an existing tally (onExisting=REPLACE)") int replaced,
        @Schema(description = "Rows identical to the existing tally (onExisting=REPLACE): nothing to change") int unchanged,
        @Schema(description = "Rows with at least one problem") int rejectedRows,
        @Schema(description = "People in the accepted rows") long people,
        @Schema(description = "Items consulted in the accepted rows") long itemsConsulted,
        List<AcceptedRow> accepted,
        @Schema(description = "One entry per problem: a row can have several") List<RejectedRow> rejected) {

    @Schema(name = "TallyImportAcceptedRow")
    public record AcceptedRow(
            @Schema(description = "Row number in the file (the header is row 1)", example = "2") int row,
            long pointId,
            String pointName,
            LocalDate date,
            int people,
            int itemsConsulted,
            @Schema(enumeration = {"CREATED", "REPLACED", "UNCHANGED"}) String action,
            @Schema(description = "The replaced tally's people, when replacing") Integer previousPeople,
            @Schema(description = "The replaced tally's items, when replacing") Integer previousItemsConsulted) {
    }

    @Schema(name = "TallyImportRejectedRow")
    public record RejectedRow(
            @Schema(description = "Row number in the file (the header is row 1)", example = "7") int row,
            @Schema(example = "people", enumeration = {"point", "date", "people", "items", "note"}) String column,
            @Schema(description = "The cell as read", example = "-3") String value,
            @Schema(example = "PEOPLE_NEGATIVE") String code,
            @Schema(description = "Why, in Chinese and English") Text reason) {
    }
}
