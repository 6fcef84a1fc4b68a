package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.OutcomeCode;

@Schema(name = "WithheldPart", description = "What a partial disclosure withheld, and on which ground")
public record WithheldPart(
        @NotBlank @Size(max = 300) @Schema(example = "合同附件二中的单价明细") String part,
        @NotNull @Schema(description = "A 不予公开 ground (WITHHELD_*)", example = "WITHHELD_THIRD_PARTY") OutcomeCode ground,
        @Size(max = 1000) @Schema(example = "涉及第三方商业秘密，第三方不同意公开") String reason) {
}
