package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "LegacyFees", description = "2007-era search, copy and postage fees as charged")
public record LegacyFeesView(LocalDate chargedOn, BigDecimal retrieval, BigDecimal copy, BigDecimal postage,
                             BigDecimal waived, String waiverReason) {
}
