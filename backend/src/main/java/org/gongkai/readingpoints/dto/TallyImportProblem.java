package org.gongkai.readingpoints.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.error.Problem;

import java.util.List;

/**
 * Problem details (RFC 9457) of a rejected tally import, with the row-by-row report as an extension member:
 * the generic client shows {@code detail}, the import screen shows {@code report}.
 */
@Schema(name = "TallyImportProblem", description = "Problem details of an import that wrote nothing, with the report")
public record TallyImportProblem(
        @Schema(example = "https://gongkai.local/problems/import-rejected") String type,
        @Schema(example = "Unprocessable Content") String title,
        @Schema(example = "422") int status,
        String detail,
        String instance,
        @Schema(example = "IMPORT_REJECTED") String code,
        @Schema(description = "One per problem; field is rows[<row>].<column>") List<Problem.FieldViolation> violations,
        TallyImportReport report) {
}
