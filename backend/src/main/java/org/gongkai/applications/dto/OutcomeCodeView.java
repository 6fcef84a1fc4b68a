package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.LegacyOutcome;
import org.gongkai.applications.OutcomeCode;

import java.util.List;

@Schema(name = "OutcomeCodeInfo", description = "A row of table 三 with its labels, article and the 2007-era labels that map onto it")
public record OutcomeCodeView(OutcomeCode code, OutcomeCode.Group group, String groupZh, String groupEn,
                              @Schema(example = "（二）部分公开") String rowZh, String rowEn, String article,
                              boolean decidable, List<LegacyOutcome> legacyLabels) {
}
