package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.FeeMethod;
import org.gongkai.common.text.Text;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "FeeQuote", description = "What a fee notice would charge, with the computation")
public record FeeQuote(FeeMethod method, @Schema(example = "250") int units, @Schema(example = "4700.00") BigDecimal amount,
                       List<Text> computation) {
}
