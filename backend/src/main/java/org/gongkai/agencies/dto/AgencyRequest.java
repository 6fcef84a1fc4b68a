package org.gongkai.agencies.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.validation.CreditCode;

@Schema(name = "AgencyRequest")
public record AgencyRequest(
        @NotBlank @Size(max = 100) @Schema(example = "攀枝花市东区财政局") String name,
        @Size(max = 30) @Schema(example = "区财政局") String shortName,
        @CreditCode @Schema(example = "11510402MB0000001X") String creditCode,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}", message = "{org.gongkai.CatalogueCode.message}")
        @Schema(example = "DQ-CZ") String catalogueCode,
        Long parentId,
        boolean government,
        Boolean active,
        @Schema(description = "Version read from GET; required on update") Long version) {
}
