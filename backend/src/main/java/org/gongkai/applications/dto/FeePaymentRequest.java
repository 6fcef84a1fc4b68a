package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "FeePaymentRequest")
public record FeePaymentRequest(
        Long version,
        @NotNull @Schema(example = "2024-10-20") LocalDate paidOn,
        @Size(max = 60) @Schema(description = "Number of the government receipt", example = "川财票 No.0012345") String receiptNumber) {
}
