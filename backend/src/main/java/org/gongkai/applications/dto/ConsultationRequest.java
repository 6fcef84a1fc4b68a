package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ConsultedPartyKind;

import java.time.LocalDate;

@Schema(name = "ConsultationRequest", description = "征求意见: the clock pauses until the answer arrives")
public record ConsultationRequest(
        Long version,
        @NotNull @Schema(example = "2024-10-10") LocalDate sentOn,
        @NotNull @Schema(example = "THIRD_PARTY") ConsultedPartyKind partyKind,
        @NotBlank @Size(max = 200) @Schema(example = "攀枝花某某建筑工程有限公司") String party,
        @Size(max = 1000) @Schema(description = "What the party is asked about", example = "拟公开的合同金额及付款进度") String subject) {
}
