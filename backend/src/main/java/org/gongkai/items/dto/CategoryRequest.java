package org.gongkai.items.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.items.Category;

@Schema(name = "CategoryRequest")
public record CategoryRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{org.gongkai.items.CategoryCode.message}")
        @Schema(example = "TOWNSHIP_AFFAIRS") String code,
        @NotBlank @Size(max = 50) @Schema(example = "街道事务") String nameZh,
        @NotBlank @Size(max = 100) @Schema(example = "Sub-district affairs") String nameEn,
        @Schema(description = "CUSTOM when omitted") Category.Scheme scheme,
        @Min(0) @Max(100000) Integer sortOrder,
        Boolean active,
        @Schema(description = "Version read from GET; required on update") Long version) {
}
