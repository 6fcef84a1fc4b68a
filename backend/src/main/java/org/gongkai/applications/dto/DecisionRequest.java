package org.gongkai.applications.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.OutcomeCode;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "DecisionRequest", description = "The answer (答复) with exactly one outcome code of table 三")
public record DecisionRequest(
        Long version,
        @NotNull @Schema(example = "2024-10-30") LocalDate decidedOn,
        @NotNull @Schema(example = "PARTIAL") OutcomeCode outcome,
        @Size(max = 4000) @Schema(description = "Reasons given to the applicant (required unless disclosed in full)",
                example = "合同单价涉及第三方商业秘密，已作区分处理。") String reason,
        @Size(max = 500) @Schema(description = "Legal basis; defaults to the outcome's article",
                example = "《中华人民共和国政府信息公开条例》第十五条、第三十七条") String legalBasis,
        @Size(max = 50) List<@Valid @NotNull WithheldPart> withheldParts,
        @Size(max = 200) @Schema(description = "Not held: the agency responsible, when it can be identified",
                example = "攀枝花市东区住房和城乡建设局") String referralAgency) {
}
