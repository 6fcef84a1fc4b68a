package org.gongkai.reports.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(name = "ReportInputs", description = "What staff entered for an agency's annual report of one year")
public record ReportInputsView(
        long agencyId,
        @Schema(example = "2021") int year,
        @Schema(description = "Send back on PUT; 0 when nothing was entered yet") long version,
        @Schema(description = "The year is locked by an annual report: nothing can be changed") boolean locked,
        List<FigureInput> figures,
        List<NarrativeInput> narratives) {

    @Schema(name = "ReportFigureInput")
    public record FigureInput(
            @Schema(example = "FEE_INCOME_WAN") String key,
            @Schema(description = "COUNT (whole, ≥ 0), CHANGE (whole, may be negative) or AMOUNT_WAN (万元, ≥ 0, "
                    + "at most 4 decimals)", example = "AMOUNT_WAN") String kind,
            @Schema(example = "第二十条第（八）项 行政事业性收费 本年收费金额（万元）") String labelZh,
            @Schema(example = "Art.20(8) administrative fees: income this year (10k yuan)") String labelEn,
            @Schema(description = "Formats that cannot print without it") List<String> requiredIn,
            @Schema(description = "Replaces the figure computed from the records when entered") boolean overridesComputed,
            @Schema(example = "12.35") BigDecimal value,
            @Schema(example = "editor") String enteredBy,
            Instant enteredAt) {
    }

    @Schema(name = "ReportNarrativeInput")
    public record NarrativeInput(
            @Schema(example = "LEGACY_TRAINING") String slot,
            @Schema(description = "LEGACY, NATIONAL, or ALL") String formats,
            @Schema(example = "overview") String section,
            @Schema(example = "业务培训") String labelZh,
            @Schema(example = "Training") String labelEn,
            @Schema(description = "The text in effect (own, carried over, or the default)") String text,
            @Schema(description = "OWN (entered for this year), CARRIED_OVER (from fromYear) or DEFAULT") String source,
            Integer fromYear,
            String defaultText,
            String enteredBy,
            Instant enteredAt) {
    }
}
