package org.gongkai.reports.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionResolutionRequest", description = "What to do with an edited section: keep the edit (and "
        + "acknowledge the new data) or take the new draft (dropping the edit)")
public record SectionResolutionRequest(
        @NotNull(message = "{org.gongkai.reports.Choice.message}") @Schema(example = "KEEP_EDIT") Choice choice,
        @Schema(description = "The section's version as read") Long version) {

    public enum Choice { KEEP_EDIT, TAKE_DRAFT }
}
