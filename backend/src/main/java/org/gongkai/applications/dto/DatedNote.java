package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "DatedNote", description = "A step that needs only its date and a note (lapses, withdrawal)")
public record DatedNote(
        Long version,
        @NotNull @Schema(example = "2024-11-01") LocalDate on,
        @Size(max = 1000) @Schema(description = "Reason or note", example = "申请人来电撤回申请") String note) {
}
