package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "FeeWaiverRequest")
public record FeeWaiverRequest(
        Long version,
        @NotNull @Schema(example = "2024-10-18") LocalDate on,
        @NotBlank @Size(max = 300) @Schema(example = "申请人为城乡居民最低生活保障对象") String reason) {
}
