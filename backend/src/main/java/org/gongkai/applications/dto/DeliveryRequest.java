package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ObtainMethod;

import java.time.LocalDate;

@Schema(name = "DeliveryRequest")
public record DeliveryRequest(
        Long version,
        @NotNull @Schema(example = "2024-10-31") LocalDate deliveredOn,
        @NotNull @Schema(example = "POST") ObtainMethod method,
        @Size(max = 300) @Schema(description = "Registered-mail number, e-mail address used…", example = "EMS 1234567890123") String note) {
}
