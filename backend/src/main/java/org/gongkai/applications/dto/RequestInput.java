package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ObtainMethod;
import org.gongkai.applications.ProvisionForm;

/** What is asked for, from whom, and how it should be provided (Art.29 ②③). */
@Schema(name = "RequestInput")
public record RequestInput(
        @NotNull @Schema(description = "The agency asked (one per application)", example = "1") Long agencyId,
        @NotBlank @Size(max = 4000) @Schema(example = "2024年东区老旧小区改造项目的资金安排及使用情况。") String description,
        @Size(max = 500) @Schema(description = "Document numbers or other identifying features", example = "东府发〔2024〕12号") String documentNumbers,
        @NotNull @Schema(example = "ELECTRONIC") ProvisionForm provisionForm,
        @NotNull @Schema(example = "EMAIL") ObtainMethod obtainMethod) {
}
