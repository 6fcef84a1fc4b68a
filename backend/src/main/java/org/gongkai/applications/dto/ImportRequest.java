package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Past applications with their dated events. Rows are validated one by one (the report names row and field),
 * so the rows themselves carry no annotations.
 */
@Schema(name = "ApplicationImport", description = "Historical applications with their dated events (at most 5,000 rows)")
public record ImportRequest(
        @NotNull @Schema(description = "ALL_OR_NOTHING: any error rejects everything; VALID_ROWS: import the valid rows, report the others",
                example = "ALL_OR_NOTHING") Mode mode,
        @NotNull List<ImportedApplication> applications) {

    @Schema(name = "ApplicationImportMode")
    public enum Mode { ALL_OR_NOTHING, VALID_ROWS }
}
