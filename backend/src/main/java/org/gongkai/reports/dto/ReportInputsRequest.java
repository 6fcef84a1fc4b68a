package org.gongkai.reports.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

@Schema(name = "ReportInputsRequest", description = "All report inputs of an agency and year (replaces what was "
        + "there: a figure or narrative left out is cleared; a cleared narrative falls back to the latest earlier "
        + "year's or the default)")
public record ReportInputsRequest(
        @Schema(description = "Figures by input key (see ReportInputs.figures[].key)",
                example = "{\"FEE_INCOME_WAN\": 12.35, \"LICENSING_DECISIONS\": 2310}")
        @Size(max = 50) Map<String, BigDecimal> figures,
        @Schema(description = "Narrative paragraphs by slot (see ReportInputs.narratives[].slot)",
                example = "{\"WEBSITE_NAME\": \"攀枝花市东区公众信息网\"}")
        @Size(max = 50) Map<String, String> narratives,
        @Schema(description = "Version read from GET (0 when nothing was entered yet)", example = "0") Long version) {
}
