package org.gongkai.applications.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "LegacyFeesRequest", description = "2007-era cost fees (检索费、复制费、邮寄费) and waivers, as charged")
public record LegacyFeesRequest(
        Long version,
        @NotNull @Schema(example = "2012-06-15") LocalDate chargedOn,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(example = "5.00") BigDecimal retrieval,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(example = "2.40") BigDecimal copy,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(example = "10.00") BigDecimal postage,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(description = "Amount waived", example = "0") BigDecimal waived,
        @Size(max = 300) @Schema(example = "城乡居民最低生活保障对象") String waiverReason) {
}
