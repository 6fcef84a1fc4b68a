package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ImportReport", description = "What an import did: rows accepted, and every rejected row with the field "
        + "and the reason in both languages")
public record ImportReport(
        @Schema(example = "all-or-nothing") String mode,
        @Schema(description = "True when the accepted rows were saved; an all-or-nothing import with any rejected row "
                + "saves nothing") boolean committed,
        int rowsRead,
        int rowsAccepted,
        int rowsRejected,
        @Schema(description = "At most the first 1,000 problems") List<Rejection> rejections,
        @Schema(description = "Index numbers of the saved items, in row order (at most the first 1,000)")
        List<String> indexNumbers) {

    @Schema(name = "ImportRejection")
    public record Rejection(
            @Schema(description = "CSV: the spreadsheet row (header = 1, first data row = 2); JSON: 1-based array position",
                    example = "7") int row,
            @Schema(example = "writtenDate") String field,
            @Schema(example = "成文日期不能晚于今天。") String reasonZh,
            @Schema(example = "Date written cannot be in the future.") String reasonEn) {
    }
}
