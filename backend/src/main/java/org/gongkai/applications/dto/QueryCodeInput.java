package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QueryCodeInput", description = "The query code, sent in the body rather than the URL")
public record QueryCodeInput(@NotBlank @Size(max = 40) @Schema(example = "K7QM-4TXP-9R2W") String queryCode,
                             @Size(max = 300) @Schema(description = "Withdrawal only: the reason") String reason) {
}
